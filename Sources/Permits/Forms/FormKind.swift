/// The application kinds, by their stable ids (also the schema file names).
public enum FormKind: String, Sendable, Hashable, CaseIterable, Codable {
    case workplaceRegistration = "workplace-registration"
    case academicApplication = "academic-application"
    case extensionApplication = "extension-application"
    case startOfWorkNotification = "start-of-work-notification"
    case lostCardRequest = "lost-card-request"
    case terminationRequest = "termination-request"
    case documentUpload = "document-upload"

    /// Where the emitted schemas claim to live: `https://eizin.example/forms/<kind>.schema.json`.
    /// The host is a placeholder that never resolves; the ids only need to be stable.
    public static let schemaBaseURI = "https://eizin.example/forms/"

    public var schemaFileName: String { "\(rawValue).schema.json" }
    public var schemaID: String { FormKind.schemaBaseURI + schemaFileName }

    /// The kind a `$schema` URI names, if it is one of ours.
    public init?(schemaURI: String) {
        guard let kind = FormKind.allCases.first(where: { $0.schemaID == schemaURI }) else { return nil }
        self = kind
    }
}
