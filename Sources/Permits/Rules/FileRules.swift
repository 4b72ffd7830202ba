/// Rules about the files an application names (photo, documents).
enum FileRules {
    static let maxDocumentBytes = 2 * 1024 * 1024

    static let all: [Rule] = [
        Rule(
            id: "file-inside-folder", severity: .error, source: RuleSource.fileFormat,
            title: LocalizedText(tr: "Dosya, başvuru dosyasının klasöründe", en: "File inside the application's folder"),
            message: LocalizedText(
                tr: "Dosya yolu, başvuru dosyasının bulunduğu klasöre göre göreli olmalı ve bu klasörün dışına çıkmamalıdır (\"..\", mutlak yol ya da dışarıyı gösteren bağlantı olamaz).",
                en: "A file path is relative to the application file's folder and must stay inside it (no \"..\", absolute path, or link pointing outside)."),
            guide: .biometricPhoto, linksToField: true),
        Rule(
            id: "file-exists", severity: .error,
            source: RuleSource.guide("3. Başvuru Adımları: fotoğraf ve belgeler yüklenir", "3. Application steps: the photo and documents are uploaded"),
            title: LocalizedText(tr: "Dosya var", en: "File exists"),
            message: LocalizedText(tr: "Dosya bulunamadı: {actual}.", en: "File not found: {actual}."),
            guide: .biometricPhoto, linksToField: true),
        Rule(
            id: "file-not-empty", severity: .error,
            source: RuleSource.guide("3. Başvuru Adımları: fotoğraf ve belgeler yüklenir", "3. Application steps: the photo and documents are uploaded"),
            title: LocalizedText(tr: "Dosya boş değil", en: "File not empty"),
            message: LocalizedText(tr: "Dosya boş (0 bayt).", en: "The file is empty (0 bytes)."),
            guide: .biometricPhoto, linksToField: true),
        Rule(
            id: "photo-file-type", severity: .warning, source: RuleSource.faq(54),
            title: LocalizedText(tr: "Fotoğraf JPEG, PNG ya da GIF", en: "Photo is JPEG, PNG or GIF"),
            message: LocalizedText(
                tr: "Biyometrik fotoğraf JPEG, PNG ya da GIF olmalıdır; dosyanın içeriği {actual}. Yalnızca uyarıdır, çünkü kaynak kılavuz değil Bakanlığın SSS sayfasıdır.",
                en: "The biometric photo should be JPEG, PNG or GIF; the file's bytes show {actual}. Only a warning, because the source is the ministry's FAQ, not the guide."),
            guide: .biometricPhoto),
        Rule(
            id: "document-file-type", severity: .warning, source: RuleSource.faq(53),
            title: LocalizedText(tr: "Belge PDF", en: "Document is a PDF"),
            message: LocalizedText(
                tr: "Yüklenen belgeler PDF olmalıdır; dosyanın içeriği {actual}. Yalnızca uyarıdır, çünkü kaynak kılavuz değil Bakanlığın SSS sayfasıdır.",
                en: "Uploaded documents should be PDF; the file's bytes show {actual}. Only a warning, because the source is the ministry's FAQ, not the guide."),
            guide: .documentList),
        Rule(
            id: "document-file-size", severity: .warning, source: RuleSource.faq(53),
            title: LocalizedText(tr: "Belge en çok 2 MB", en: "Document at most 2 MB"),
            message: LocalizedText(
                tr: "Yüklenen belgeler en çok 2 MB (2097152 bayt) olmalıdır; bu dosya {actual} bayt. Yalnızca uyarıdır, çünkü kaynak kılavuz değil Bakanlığın SSS sayfasıdır.",
                en: "Uploaded documents should be at most 2 MB (2097152 bytes); this file has {actual} bytes. Only a warning, because the source is the ministry's FAQ, not the guide."),
            guide: .documentList),
    ]
}
