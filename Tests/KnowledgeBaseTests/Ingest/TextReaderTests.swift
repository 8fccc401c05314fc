@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing

@Suite struct TextReaderTests {
    @Test func bundledCorpusIsOneAnswerPerLine() throws {
        let document = try Fixtures.bundledDocument()
        #expect(document.records.count == 65)
        #expect(document.records[0].location == SourceLocation(path: "Corpus/serverless-faq.txt", line: 1))
        #expect(document.records[3].text == "unknown")
        #expect(document.records[64].location.line == 65)
    }

    @Test(arguments: [
        ("one\ntwo\nthree\n", TextReader.Layout.linePerAnswer),
        ("one\n\ntwo\n\nthree", .linePerAnswer),
        ("one\nstill one\n\ntwo\n", .blockPerAnswer),
        ("", .linePerAnswer),
    ])
    func layoutIsDecidedFromContent(text: String, layout: TextReader.Layout) {
        #expect(TextReader.layout(of: text) == layout)
    }

    @Test func blocksKeepTheirFirstLineAndColumn() {
        let records = TextReader.records(in: "\n  First answer,\nwrapped here.\n\n\nSecond answer.\r\n", path: "a.txt")
        #expect(records.map(\.text) == ["First answer,\nwrapped here.", "Second answer."])
        #expect(records.map(\.location.line) == [2, 6])
        #expect(records[0].location.column == 3)
    }

    @Test func crlfLinesAreSplit() {
        let records = TextReader.records(in: "a b c\r\nd e f\r\n", path: "a.txt")
        #expect(records.map(\.text) == ["a b c", "d e f"])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("Answer one.\nAnswer two.".utf8)
        let document = try TextReader().read(data, path: "bom.txt")
        #expect(document.records.map(\.text) == ["Answer one.", "Answer two."])
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        var data = Data([0xFF, 0xFE])
        data += "Ünïcode answer.".data(using: .utf16LittleEndian) ?? Data()
        #expect(try TextReader().read(data, path: "u16.txt").records.map(\.text) == ["Ünïcode answer."])
    }

    @Test func invalidUTF8NamesFileAndLine() {
        let data = Data("good line\nsecond line\nbad ".utf8) + Data([0xC3, 0x28]) + Data(" here\n".utf8)
        #expect(throws: IngestError.invalidUTF8(path: "bad.txt", line: 3)) {
            try TextReader().read(data, path: "bad.txt")
        }
        #expect(IngestError.invalidUTF8(path: "bad.txt", line: 3).description
            == "bad.txt:3: invalid UTF-8 byte sequence; convert the file to UTF-8 (for example with iconv)")
    }

    @Test func strayBytesAreReadAsWindows1252WithAWarning() throws {
        // A legacy Latin-1 file (one acute accent, as in a real CVS FAQ) and a UTF-8 file with one
        // stray byte: valid sequences stay, stray bytes become their Windows-1252 characters.
        #expect(String(decoding: TextDecoding.repairedUTF8(Data("make `history".utf8) + Data([0xB4])), as: UTF8.self) == "make `history\u{00B4}")
        #expect(String(decoding: TextDecoding.repairedUTF8(Data("caf\u{00E9} ".utf8) + Data([0x93, 0x41, 0x94])), as: UTF8.self) == "caf\u{00E9} \u{201C}A\u{201D}")
        let data = Data("first answer\nsecond answer costs 5 ".utf8) + Data([0x80]) + Data(" here\n".utf8)
        let document = try CheckedReader(TextReader()).read(data, path: "old.txt")
        #expect(document.records.map(\.text) == ["first answer", "second answer costs 5 \u{20AC} here"])
        #expect(document.warnings == ["line 2: not UTF-8; its stray bytes were read as Windows-1252 (convert the file to UTF-8 if its text looks wrong)"])
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: IngestError.binary(path: "x.txt")) {
            try TextReader().read(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), path: "x.txt")
        }
    }

    @Test func emptyAndWhitespaceFilesHaveNoRecords() throws {
        #expect(try TextReader().read(Data(), path: "e.txt").records.isEmpty)
        #expect(try TextReader().read(Data(" \n\t\n  ".utf8), path: "w.txt").records.isEmpty)
    }
}
