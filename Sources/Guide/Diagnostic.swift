/// A place in a source file. Lines and columns start at 1; columns count characters
/// (Unicode scalars), not bytes, so "Çalışma" columns match what an editor shows.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "file:line:col", "file:line" or "file".
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0) < (b.file, b.line ?? 0, b.column ?? 0)
    }
}

/// One problem found in the content, printed as `file:line:col: error: message`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.message) < (b.location, b.message)
    }
}

/// Every problem one step found (loading content, rendering, templates, writing), sorted by
/// place, so an author fixes them all at once.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public init(_ diagnostic: Diagnostic) { self.init([diagnostic]) }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while a step keeps going, then throws them together.
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func report(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(location, message))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Runs `body`, keeping its diagnostics instead of stopping at the first thrown error.
    public mutating func collect<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as DiagnosticsError {
            diagnostics.append(contentsOf: error.diagnostics)
        } catch {
            diagnostics.append(Diagnostic(SourceLocation(file: "<build>"), "\(error)"))
        }
        return nil
    }

    public func throwIfAny() throws(DiagnosticsError) {
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
    }
}
