import FilePaths
import Testing

@Suite struct FileListTests {
    @Test func oneNamePerLineByteForByte() {
        let bytes: [UInt8] = Array("a.json\r\n\nb/c.json\n".utf8) + [0x62, 0xFE, 0x2E, 0x6A] + Array("\n\r\n".utf8)
        #expect(RawPath.list(lines: bytes) == [RawPath("a.json"), RawPath("b/c.json"), RawPath(bytes: [0x62, 0xFE, 0x2E, 0x6A])])
    }

    @Test func anEmptyListNamesNothing() {
        #expect(RawPath.list(lines: [UInt8]()).isEmpty)
        #expect(RawPath.list(lines: Array("\n\n".utf8)).isEmpty)
    }
}
