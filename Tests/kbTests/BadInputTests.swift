@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing
import TestSupport
@testable import KnowledgeStore

/// Bad corpus input, end to end through the `kb` binary. Every case starts from an index that
/// already holds `Corpus/old.txt`, adds a good `Corpus/new.txt` and the bad file, and ingests again:
/// kb names the file (and line) in one exact stderr line, exits as documented, indexes the good
/// file and keeps the old one, and the index passes SQLite's and FTS5's integrity checks.
@Suite struct BadInputTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        /// What the case is (the test's label).
        var name: String
        /// Writes the bad file(s) into the project folder.
        var make: @Sendable (URL) throws -> Void
        /// Extra paths given to `kb ingest` after `Corpus`.
        var paths: [String] = []
        var status: Int32
        var stderr: String
        /// Words of the bad file that must be searchable afterwards (what kb read of it).
        var findable: [String] = []

        var testDescription: String { name }
    }

    static let oldText = "Quokka answers say the old index keeps every fact after a bad file arrives.\n"
    static let newText = "Wombat answers say a good file beside a bad one is indexed all the same.\n"

    static let cases: [BadInput] = [
        BadInput(name: "an image (.png)", make: { try pngBytes.write(to: $0.appendingPathComponent("Corpus/photo.png")) },
                 status: 0, stderr: "kb: Corpus/photo.png: skipped (no reader for this file type)\n"),
        BadInput(name: "an image named .txt", make: { try pngBytes.write(to: $0.appendingPathComponent("Corpus/photo.txt")) },
                 status: 2, stderr: "kb: Corpus/photo.txt: binary file (contains NUL bytes), not a text corpus; skipped\n"),
        BadInput(name: "a compiled program (no extension)", make: { url in
                     let handle = try FileHandle(forReadingFrom: KB.executable)
                     try handle.read(upToCount: 65_536)?.write(to: url.appendingPathComponent("Corpus/tool"))
                     try handle.close()
                 },
                 status: 2, stderr: "kb: Corpus/tool: binary file (contains NUL bytes), not a text corpus; skipped\n"),
        BadInput(name: "invalid UTF-8 in a text file (read as Windows-1252)", make: { try write($0, "Corpus/bad.txt", Data("Kiwi line one is fine.\nsecond ".utf8) + Data([0xC3, 0x28]) + Data(" line\n".utf8)) },
                 status: 0, stderr: "kb: Corpus/bad.txt: warning: line 2: not UTF-8; its stray bytes were read as Windows-1252 (convert the file to UTF-8 if its text looks wrong)\n", findable: ["kiwi", "second"]),
        BadInput(name: "invalid UTF-8 in Markdown (read as Windows-1252)", make: { try write($0, "Corpus/bad.md", Data("# Why?\n\nFine line.\nbroken ".utf8) + Data([0xFF]) + Data("\n".utf8)) },
                 status: 0, stderr: "kb: Corpus/bad.md: warning: line 4: not UTF-8; its stray bytes were read as Windows-1252 (convert the file to UTF-8 if its text looks wrong)\n", findable: ["broken"]),
        BadInput(name: "UTF-16LE without a byte-order mark", make: { try write($0, "Corpus/wide.txt", utf16("Koala answers are wide.\nA second line.\n", bigEndian: false)) },
                 status: 2, stderr: "kb: Corpus/wide.txt: looks like UTF-16LE text without a byte-order mark; convert it to UTF-8 (for example with iconv -f UTF-16LE -t UTF-8)\n"),
        BadInput(name: "UTF-16BE JSON without a byte-order mark", make: { try write($0, "Corpus/faq.json", utf16(#"[{"q": "Why?", "a": "Because."}]"#, bigEndian: true)) },
                 status: 2, stderr: "kb: Corpus/faq.json: looks like UTF-16BE text without a byte-order mark; convert it to UTF-8 (for example with iconv -f UTF-16BE -t UTF-8)\n"),
        BadInput(name: "UTF-16LE CJK text without a byte-order mark", make: { try write($0, "Corpus/cjk.txt", utf16("日本語の回答です。テキスト\n", bigEndian: false)) },
                 status: 2, stderr: "kb: Corpus/cjk.txt: looks like UTF-16LE text without a byte-order mark; convert it to UTF-8 (for example with iconv -f UTF-16LE -t UTF-8)\n"),
        BadInput(name: "UTF-16LE with a byte-order mark (read)", make: { try write($0, "Corpus/bom.txt", Data([0xFF, 0xFE]) + utf16("Koala answers with a byte-order mark are read.\n", bigEndian: false)) },
                 status: 0, stderr: "", findable: ["koala"]),
        BadInput(name: "a 10 MB single line", make: { try write($0, "Corpus/long.txt", Data(tenMegabyteLine.utf8)) },
                 status: 0, stderr: "kb: Corpus/long.txt: warning: line 1: an answer of \(tenMegabyteAnswerBytes) bytes, over the limit of 2097152 (2 MiB); skipped\n"),
        BadInput(name: "an empty file", make: { try write($0, "Corpus/empty.txt", Data()) },
                 status: 0, stderr: "kb: Corpus/empty.txt: warning: empty file; nothing to index\n"),
        BadInput(name: "a file of only whitespace", make: { try write($0, "Corpus/blank.md", Data("  \n\t\n \r\n\n   ".utf8)) },
                 status: 0, stderr: "kb: Corpus/blank.md: warning: only whitespace; nothing to index\n"),
        BadInput(name: "a file of only invisible characters", make: { try write($0, "Corpus/invisible.txt", Data("\u{200B}\u{200B}\n\u{FEFF}\u{202E}\n".utf8)) },
                 status: 0, stderr: "kb: Corpus/invisible.txt: warning: no answer text found; nothing to index\n"),
        BadInput(name: "HTML nested 100,000 levels deep", make: { try write($0, "Corpus/deep.html", deepHTML(levels: 100_000)) },
                 status: 0, stderr: "", findable: ["platypus"]),
        BadInput(name: "HTML with 1 million attributes", make: { try write($0, "Corpus/attributes.html", attributeHTML(count: 1_000_000)) },
                 status: 2, stderr: "kb: Corpus/attributes.html:3: an HTML element with more than 10000 attributes; skipped\n"),
        // HTML may leave end tags out, so a page that stops inside an open <p> is valid; a page
        // that stops inside a tag is not.
        BadInput(name: "truncated HTML", make: { try write($0, "Corpus/cut.html", Data("<html><body><h2>Why?</h2><p>Because the <a href=\"answer".utf8)) },
                 status: 2, stderr: "kb: Corpus/cut.html: cannot parse HTML (truncated: it ends inside a tag); skipped\n"),
        BadInput(name: "malformed JSON", make: { try write($0, "Corpus/bad.json", Data("[{\"question\": \"Why?\", \"answer\": \"Because.\"},\n {\"question\": \"How?\" \"answer\": \"So.\"}]".utf8)) },
                 status: 2, stderr: "kb: Corpus/bad.json:2: malformed JSON; skipped\n"),
        BadInput(name: "JSON 1,000 levels deep", make: { try write($0, "Corpus/deep.json", deepJSON(levels: 1_000)) },
                 status: 2, stderr: "kb: Corpus/deep.json:6: JSON nested deeper than 512 levels; skipped\n"),
        BadInput(name: "numbers like 1e400 and 99999999999999999999GB", make: { try write($0, "Corpus/numbers.txt", Data(hugeNumbers.utf8)) },
                 status: 0, stderr: "", findable: ["quota", "bandicoot"]),
        BadInput(name: "NUL bytes in a text file", make: { try write($0, "Corpus/nul.txt", Data("Good line about Lambda.\nBad ".utf8) + Data([0]) + Data(" line.\n".utf8)) },
                 status: 2, stderr: "kb: Corpus/nul.txt: binary file (contains NUL bytes), not a text corpus; skipped\n"),
        BadInput(name: "right-to-left and zero-width characters in numbers and names", make: { try write($0, "Corpus/bidi.txt", Data(invisibleText.utf8)) },
                 status: 0, stderr: "", findable: ["Fermyon Spin", "numbat"]),
        BadInput(name: "a path that does not exist", make: { _ in }, paths: ["nowhere"],
                 status: 2, stderr: "kb: nowhere: no such file or folder\n"),
        BadInput(name: "a symlink loop in a corpus folder", make: { url in
                     let corpus = url.appendingPathComponent("Corpus")
                     try FileManager.default.createDirectory(at: corpus.appendingPathComponent("sub"), withIntermediateDirectories: true)
                     try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("sub/up").path, withDestinationPath: "..")
                     try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("a.txt").path, withDestinationPath: "b.txt")
                     try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("b.txt").path, withDestinationPath: "a.txt")
                 },
                 status: 2, stderr: "kb: Corpus/a.txt: cannot read: symbolic link loop\nkb: Corpus/b.txt: cannot read: symbolic link loop\n"),
        BadInput(name: "a broken symbolic link", make: { url in
                     try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("Corpus/gone.txt").path, withDestinationPath: "/nonexistent/gone.txt")
                 },
                 status: 2, stderr: "kb: Corpus/gone.txt: cannot read: broken symbolic link (its target does not exist)\n"),
        BadInput(name: "a named pipe", make: { url in
                     #expect(mkfifo(url.appendingPathComponent("Corpus/pipe.txt").path, 0o644) == 0)
                 },
                 status: 2, stderr: "kb: Corpus/pipe.txt: cannot read: not a regular file (a pipe, socket or device)\n"),
        BadInput(name: "a file name with a line break", make: { try write($0, "Corpus/two\nlines.txt", Data([0x41, 0x00, 0x42])) },
                 status: 2, stderr: "kb: Corpus/two\u{FFFD}lines.txt: binary file (contains NUL bytes), not a text corpus; skipped\n"),
    ]

    @Test(arguments: cases)
    func badInputIsNamedAndTheRestIsIndexed(_ input: BadInput) throws {
        let project = try Self.projectWithOldIndex()
        try project.write("Corpus/new.txt", Self.newText)
        try input.make(project.url)
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"] + input.paths)
        #expect(output.status == input.status, "\(output.stderr)")
        #expect(output.stderr == input.stderr)
        try Self.expectIntact(project, findable: ["wombat"] + input.findable)
    }

    // MARK: - Regression tests, one per bug found

    /// UTF-16 without a byte-order mark was reported as "binary file (contains NUL bytes)".
    @Test func utf16WithoutByteOrderMarkWasCalledBinary() throws {
        let project = try Project(withCorpus: false)
        try Self.write(project.url, "Corpus/wide.md", Self.utf16("# Why?\n\nBecause.\n", bigEndian: false))
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        #expect(output.messages == "kb: Corpus/wide.md: looks like UTF-16LE text without a byte-order mark; convert it to UTF-8 (for example with iconv -f UTF-16LE -t UTF-8)\n")
        // A UTF-8 file with one stray NUL is still binary, not UTF-16.
        #expect(TextDecoding.utf16WithoutByteOrderMark(Data("Good line.\nBad ".utf8) + Data([0]) + Data(" line.\n".utf8)) == nil)
    }

    /// A 10 MB line of sentences took minutes (300,000 facts in one answer, about 2 minutes in a
    /// debug build); a line over 2 MiB is now skipped with a warning, in well under a second.
    @Test func tenMegabyteLineStalledTheIngest() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/long.txt", "Short answer about the platypus before the long line.\n" + Self.tenMegabyteLine)
        let clock = ContinuousClock()
        let started = clock.now
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        #expect(clock.now - started < .seconds(10))
        #expect(output.status == 0)
        #expect(output.messages == "kb: Corpus/long.txt: warning: line 2: an answer of \(Self.tenMegabyteAnswerBytes) bytes, over the limit of 2097152 (2 MiB); skipped\n")
        #expect(try project.run(["search", "--db", "kb.sqlite", "platypus"]).status == 0)
    }

    /// Empty and blank files were indexed without a word.
    @Test func emptyFilesWereIndexedSilently() throws {
        let project = try Project(withCorpus: false)
        try Self.write(project.url, "Corpus/a.json", Data())
        try Self.write(project.url, "Corpus/b.html", Data("\u{FEFF}  \n".utf8))
        try project.write("Corpus/c.txt", Self.newText)
        let output = try project.run(["ingest", "--db", "kb.sqlite", "--json", "Corpus"])
        #expect(output.status == 0)
        #expect(output.messages == "kb: Corpus/a.json: warning: empty file; nothing to index\nkb: Corpus/b.html: warning: only whitespace; nothing to index\n")
        let stats = try #require(KB.json(output.stdout))
        #expect(stats["sources"] as? Int == 3)
        #expect(stats["formats"] as? [String: Int] == ["html": 1, "json": 1, "txt": 1])
        // Unchanged, they are not reported again.
        #expect(try project.run(["ingest", "--db", "kb.sqlite", "Corpus"]).stderr.isEmpty)
    }

    /// libxml2 stops at 256 nested elements: the page's deep part and everything after it were
    /// lost, with a misleading "no question/answer structure found" warning.
    @Test func deepHTMLLostTheRestOfThePage() throws {
        let project = try Project(withCorpus: false)
        try Self.write(project.url, "Corpus/deep.html", Self.deepHTML(levels: 300))
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        #expect(output.status == 0)
        #expect(output.messages.isEmpty)
        let hits = try project.run(["search", "--db", "kb.sqlite", "--json", "question"])
        let questions = Set((KB.json(hits.stdout)?["results"] as? [[String: Any]] ?? []).compactMap { $0["question"] as? String })
        #expect(questions == ["Deep question?", "Platypus question after the deep part?"])
    }

    /// libxml2 compares every attribute with all earlier ones: an element with a million
    /// attributes held the ingest for about an hour.
    @Test func millionAttributesHungTheIngest() throws {
        let project = try Project(withCorpus: false)
        try Self.write(project.url, "Corpus/attributes.html", Self.attributeHTML(count: 1_000_000))
        let clock = ContinuousClock()
        let started = clock.now
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        #expect(clock.now - started < .seconds(10))
        #expect(output.status == 2)
        #expect(output.messages == "kb: Corpus/attributes.html:3: an HTML element with more than 10000 attributes; skipped\n")
        // Attributes inside comments, quoted values and scripts are not counted.
        let tricky = "<html><body><!-- <p " + String(repeating: "x ", count: 20_000) + "> --><p title=\"" + String(repeating: "y ", count: 20_000)
            + "\">Fine.</p><script>var s = '<a " + String(repeating: "z ", count: 20_000) + "';</script></body></html>"
        #expect(HTMLDocument.lineOfElementWithTooManyAttributes(Data(tricky.utf8)) == nil)
    }

    /// Valid JSON nested 1,000 levels deep (past Foundation's 512) was called malformed.
    @Test func deepJSONWasCalledMalformed() throws {
        let project = try Project(withCorpus: false)
        try Self.write(project.url, "Corpus/deep.jsonl", Self.deepJSON(levels: 600))
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        #expect(output.messages == "kb: Corpus/deep.jsonl:6: JSON nested deeper than 512 levels; skipped\n")
    }

    /// A number that overflows a Double (`1e400`, 400 digits) became an infinite claim, and
    /// `kb claims --json` then failed with "internal error: cannot encode JSON output".
    @Test func hugeNumbersBrokeClaimsJSON() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/numbers.txt", Self.hugeNumbers)
        #expect(try project.run(["ingest", "--db", "kb.sqlite", "Corpus"]).status == 0)
        let output = try project.run(["claims", "--db", "kb.sqlite", "--json"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        let claims = try #require(KB.json(output.stdout)?["claims"] as? [[String: Any]])
        let surfaces = claims.compactMap { $0["surface"] as? String }
        #expect(surfaces.contains("99999999999999999999GB per account"))
        #expect(!surfaces.contains { $0.hasPrefix("1000") })
        #expect(try project.run(["export", "--db", "kb.sqlite", "--format", "json"]).status == 0)
        #expect([0, 1].contains(try project.run(["check", "--db", "kb.sqlite", "--format", "json"]).status))
    }

    /// `$1e400` was read as $1 (and `4.04e-6` as 4.04, `0x0305` as 0): a number running on into
    /// letters or digits is not a claim.
    @Test func numberRunningIntoLettersWasReadAsItsFirstDigits() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/numbers.txt", Self.hugeNumbers + "The error bound is 4.04e-6 and the tag is 0x0305 for Lambda.\n")
        _ = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        let claims = try #require(KB.json(try project.run(["claims", "--db", "kb.sqlite", "--json"]).stdout)?["claims"] as? [[String: Any]])
        let surfaces = claims.compactMap { $0["surface"] as? String }
        #expect(!surfaces.contains("$1"))
        #expect(!surfaces.contains("4.04"))
        #expect(!surfaces.contains("0"))
    }

    /// Zero-width and bidirectional characters split numbers and names: "1\u{200B}5 minutes" was
    /// read as 5 minutes, "10\u{200D}240 MB" as 240 MB, and names kept the invisible characters.
    @Test func invisibleCharactersSplitNumbersAndNames() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/bidi.txt", Self.invisibleText)
        _ = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        let claims = try #require(KB.json(try project.run(["claims", "--db", "kb.sqlite", "--json"]).stdout)?["claims"] as? [[String: Any]])
        let values = Set(claims.compactMap { claim -> String? in
            guard let surface = claim["surface"] as? String, let subject = claim["subject"] as? String else { return nil }
            return subject + ": " + surface
        })
        // The numbers are read whole, and both belong to Lambda (the timeout is the metric, not the subject).
        #expect(values.isSuperset(of: ["Lambda: 15 minutes", "Lambda: 10240 MB"]), "\(values)")
        let text = try project.run(["search", "--db", "kb.sqlite", "Fermyon Spin"]).stdout
        #expect(text.contains("for **Fermyon** **Spin**."))
        for invisible in ["\u{200B}", "\u{200D}", "\u{202E}", "\u{2067}"] { #expect(!text.contains(invisible)) }
        // Joiners inside emoji stay.
        #expect(InvisibleCharacters.strip("👩\u{200D}💻 and 1\u{200D}0") == "👩\u{200D}💻 and 10")
    }

    /// A JSON `\u0000` escape put a NUL in the answer, which read back cut short ("Bec").
    @Test func nulEscapeInJSONCutTheAnswerShort() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/faq.json", #"[{"q": "Why?", "a": "Bec\u0000ause the timeout is 15\u0000 minutes."}]"#)
        #expect(try project.run(["ingest", "--db", "kb.sqlite", "Corpus"]).status == 0)
        let result = try #require((KB.json(try project.run(["search", "--db", "kb.sqlite", "--json", "because"]).stdout)?["results"] as? [[String: Any]])?.first)
        #expect(result["text"] as? String == "Because the timeout is 15 minutes.")
    }

    /// A pipe or a device given or found as a corpus file was reported as "You don’t have permission".
    @Test func pipesAndDevicesWereBlamedOnPermissions() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/new.txt", Self.newText)
        #expect(mkfifo(project.url.appendingPathComponent("Corpus/pipe").path, 0o644) == 0)
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus", "Corpus/pipe", "/dev/null"])
        #expect(output.status == 2)
        #expect(output.messages == "kb: Corpus/pipe: cannot read: not a regular file (a pipe, socket or device)\n"
            + "kb: /dev/null: cannot read: not a regular file (a pipe, socket or device)\n")
        #expect(try project.run(["search", "--db", "kb.sqlite", "wombat"]).status == 0)
    }

    /// Terminal escape sequences and carriage returns in corpus text reached the terminal in
    /// `kb search` and `kb claims` text output; colour sequences were indexed as words ("31mred")
    /// and as a claim of 0 metres ("[0m").
    @Test func escapeSequencesReachedTheTerminal() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/esc.txt", "The \u{1B}[31mred\u{1B}[0m warning says Lambda timeouts are 15 minutes.\n"
            + "A lone \u{1B} escape and a carriage\u{0D}return in Lambda memory of 10 GB.\n"
            + "A bell \u{07} and a C1 \u{9B}31m control in Lambda layers of 5 layers.\n")
        try project.write("Corpus/\u{1B}[2Jname.txt", "Lambda file names can hold escapes too, in 3 regions.\n")
        #expect(try project.run(["ingest", "--db", "kb.sqlite", "Corpus"]).status == 0)
        let search = try project.run(["search", "--db", "kb.sqlite", "lambda"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("The red warning says **Lambda** timeouts are 15 minutes."))
        #expect(try project.run(["search", "--db", "kb.sqlite", "red"]).status == 0)
        #expect(search.stdout.contains("A lone \u{FFFD} escape"))
        #expect(search.stdout.contains("Corpus/\u{FFFD}[2Jname.txt:1"))
        let claims = try project.run(["claims", "--db", "kb.sqlite"])
        #expect(claims.status == 0)
        let records = try #require(KB.json(try project.run(["claims", "--db", "kb.sqlite", "--json"]).stdout)?["claims"] as? [[String: Any]])
        #expect(!records.contains { $0["dimension"] as? String == "length" }, "an escape sequence read as metres")
        for output in [search.stdout, claims.stdout, try project.run(["search", "--db", "kb.sqlite", "--claims", "lambda"]).stdout] {
            #expect(!output.utf8.contains(0x1B), "raw ESC in \(output)")
            #expect(!output.utf8.contains(0x0D), "raw CR in \(output)")
            #expect(!output.unicodeScalars.contains { $0.value == 0x07 || $0.value == 0x9B })
        }
    }

    /// Broken symbolic links and file link loops were skipped without a word.
    @Test func brokenLinksAndLinkLoopsWereSkippedSilently() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/new.txt", Self.newText)
        let corpus = project.url.appendingPathComponent("Corpus")
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("self.txt").path, withDestinationPath: "self.txt")
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("gone.md").path, withDestinationPath: "nothing.md")
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("folder").path, withDestinationPath: ".")
        let output = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        #expect(output.status == 2)
        #expect(output.messages == "kb: Corpus/gone.md: cannot read: broken symbolic link (its target does not exist)\n"
            + "kb: Corpus/self.txt: cannot read: symbolic link loop\n")
    }

    /// A file that vanishes between the walk and the read is an error naming it, in one line.
    @Test func fileVanishingDuringTheIngestIsNamed() throws {
        let folder = try TemporaryFolder()
        let file = CorpusFile(path: "Corpus/gone.txt", url: folder.url.appendingPathComponent("Corpus/gone.txt"), size: 10, modified: 1)
        guard case .failed(let error) = Ingestor.read(file, readers: Readers.standard, previousHash: nil) else {
            Issue.record("a vanished file was read")
            return
        }
        #expect(error.path == "Corpus/gone.txt")
        #expect(error.description == "Corpus/gone.txt: cannot read: The file doesn’t exist.")
    }

    /// A file kb may not read is named, and its rows from an earlier ingest stay; a folder it may
    /// not list is named too, and the files indexed from it were dropped as if deleted.
    @Test(.enabled(if: Unprivileged.available)) func unlistableFolderDroppedItsIndexedFiles() throws {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/new.txt", Self.newText)
        try project.write("Corpus/secret.txt", "Secret answers say echidna quotas are private.\n")
        try project.write("Corpus/locked/inside.txt", "Locked answers say the bilby folder keeps its facts.\n")
        try Unprivileged.handOver(project.url)
        defer { Unprivileged.restore(project.url, ["Corpus/secret.txt", "Corpus/locked"]) }
        #expect(try Unprivileged.run(["ingest", "--db", "kb.sqlite", "Corpus"], in: project.url).status == 0)
        #expect(chmod(project.url.appendingPathComponent("Corpus/secret.txt").path, 0) == 0)
        #expect(chmod(project.url.appendingPathComponent("Corpus/locked").path, 0) == 0)
        let output = try Unprivileged.run(["ingest", "--db", "kb.sqlite", "Corpus"], in: project.url)
        #expect(output.status == 2)
        #expect(output.stderr == "kb: Corpus/locked: cannot read: Permission denied\nkb: Corpus/secret.txt: cannot read: Permission denied\n")
        for word in ["echidna", "bilby", "wombat"] {
            #expect(try Unprivileged.run(["search", "--db", "kb.sqlite", word], in: project.url).status == 0, "\(word) was dropped")
        }
    }

    // MARK: - Inputs

    static func projectWithOldIndex() throws -> Project {
        let project = try Project(withCorpus: false)
        try project.write("Corpus/old.txt", oldText)
        let first = try project.run(["ingest", "--db", "kb.sqlite", "Corpus"])
        #expect(first.status == 0, "\(first.stderr)")
        return project
    }

    /// The good file beside the bad one and the file indexed before are searchable; the index is sound.
    static func expectIntact(_ project: Project, findable: [String]) throws {
        for word in ["quokka"] + findable {
            let search = try project.run(["search", "--db", "kb.sqlite", word])
            #expect(search.status == 0, "\(word): \(search.stderr)")
        }
        let store = try KnowledgeStore.open(path: project.url.appendingPathComponent("kb.sqlite").path, create: false)
        #expect(try store.integrityProblems().isEmpty)
        try store.close()
    }

    static func write(_ project: URL, _ name: String, _ data: Data) throws {
        let file = project.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var data = Data()
        for unit in text.utf16 {
            let bytes = bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            data.append(contentsOf: bytes)
        }
        return data
    }

    /// A PNG header and a few chunks of bytes: NULs on both sides of the byte pairs.
    static let pngBytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0])
        + Data((0..<1024).map { UInt8($0 % 256) })

    /// 10 MiB of short sentences on one line (about 330,000 of them), then a line break.
    static let tenMegabyteLine: String = {
        let sentence = "Lambda runs function 12345 in 5 ms. "
        let line = String(repeating: sentence, count: (10 << 20) / sentence.utf8.count)
        return line + "\n"
    }()

    /// The line as an answer: without the space and line break at its end.
    static let tenMegabyteAnswerBytes = tenMegabyteLine.utf8.count - 2

    static let hugeNumbers = "The quota is 1e400 requests and storage is 99999999999999999999GB per account.\n"
        + "Bandicoot answers cost $1e400 and " + String(repeating: "9", count: 400) + " ms in total.\n"

    static let invisibleText = "The \u{202E}Lambda\u{202C} timeout is 1\u{200B}5 minutes and memory is 10\u{200D}240 MB for Fermyon\u{200B} Spin.\n"
        + "The \u{2067}numbat\u{2069} price is \u{202B}$0.20\u{202C} per 1M requests with \u{00AD}soft hyphens.\n"

    /// A page whose first question sits `levels` elements deep, followed by a shallow one.
    static func deepHTML(levels: Int) -> Data {
        var html = "<html><body>" + String(repeating: "<div>", count: levels)
        html += "<h2>Deep question?</h2><p>Deep answer text.</p>" + String(repeating: "</div>", count: levels)
        html += "\n<h2>Platypus question after the deep part?</h2><p>The platypus answer is read.</p></body></html>\n"
        return Data(html.utf8)
    }

    /// A page whose third line holds one element with `count` distinct attributes.
    static func attributeHTML(count: Int) -> Data {
        var bytes = Array("<!DOCTYPE html>\n<html><body><h2>Why?</h2>\n<p".utf8)
        bytes.reserveCapacity(count * 10 + 100)
        for index in 0..<count {
            bytes.append(contentsOf: [0x20, UInt8(ascii: "a")])
            var digits: [UInt8] = []
            var value = index
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(value % 10))
                value /= 10
            } while value > 0
            bytes.append(contentsOf: digits.reversed())
            bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "1")])
        }
        bytes.append(contentsOf: Array(">Because.</p></body></html>\n".utf8))
        return Data(bytes)
    }

    /// An array `levels` deep holding one question/answer pair, 100 brackets a line.
    static func deepJSON(levels: Int) -> Data {
        var text = ""
        for level in 0..<levels { text += level > 0 && level % 100 == 0 ? "\n[" : "[" }
        text += #"{"question": "Deep?", "answer": "Deep JSON answer."}"#
        text += String(repeating: "]", count: levels) + "\n"
        return Data(text.utf8)
    }
}

/// Running kb as a user that file permissions apply to: as root (who reads everything), through
/// `setpriv` as nobody; as anyone else, directly.
enum Unprivileged {
    static let isRoot = getuid() == 0
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let available = !isRoot || setpriv != nil
    static let nobody: uid_t = 65_534

    /// Gives the folder (recursively) to the user kb will run as.
    static func handOver(_ url: URL) throws {
        guard isRoot else { return }
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        for path in [url.path] + (enumerator?.allObjects as? [String] ?? []).map({ url.appendingPathComponent($0).path }) {
            #expect(lchown(path, nobody, nobody) == 0, "chown \(path)")
        }
    }

    /// Makes paths removable again after a test took their permissions away.
    static func restore(_ url: URL, _ paths: [String]) {
        for path in paths { _ = chmod(url.appendingPathComponent(path).path, 0o755) }
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> KB.Output {
        guard isRoot, let setpriv else { return try KB.run(arguments, in: directory, environment: environment) }
        return try KB.run(URL(fileURLWithPath: setpriv), ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", KB.executable.path] + arguments,
                          in: directory, environment: environment)
    }
}
