@testable import KBExport
@testable import KBCheck
@testable import KBClaims
@testable import KBIngest
@testable import KBSearch
@testable import KBModel
@testable import KBText
import Foundation
import Testing

@Suite struct JSONReaderTests {
    @Test func anotherShapeNamesWhatItFound() {
        let data = Data(#"{"theme": "dark", "fontSize": 14}"#.utf8)
        #expect(throws: IngestError.unexpectedJSONShape(path: "s.json", found: "an object with keys fontSize, theme")) {
            try JSONReader().read(data, path: "s.json")
        }
        #expect(throws: IngestError.unexpectedJSONShape(path: "n.json", found: "an array of 3 numbers")) {
            try JSONReader().read(Data("[1, 2, 3]".utf8), path: "n.json")
        }
    }

    @Test func malformedJSONNamesTheLine() {
        let data = Data("[\n  {\"q\": \"Why?\", \"a\": \"Because.\"},\n  {\"q\": \"How".utf8)
        #expect(throws: IngestError.malformedJSON(path: "b.json", line: 3)) { try JSONReader().read(data, path: "b.json") }
    }

    @Test func answersMayBeObjectsOrLists() throws {
        let data = Data(#"[{"name": "Limits?", "text": ["Five layers.", "250 MB unzipped."]}, {"Title": "Cost?", "Body": {"text": "<p>Free &amp; open.</p>"}}]"#.utf8)
        let records = try JSONReader().read(data, path: "x.json").records
        #expect(records.map(\.question) == ["Limits?", "Cost?"])
        #expect(records.map(\.text) == ["Five layers.\n\n250 MB unzipped.", "Free & open."])
    }

    @Test func recordsWithOtherKeysAreReadByWhatTheirFieldsHold() throws {
        let data = Data(#"""
            {"exported": "2025-05-02", "entries": [
              {"ref": "KB-1", "section": "Roaming", "faq_question": "Which countries does the Asia pack cover?", "faq_answer": "Japan, Singapore and Thailand only."},
              {"ref": "KB-2", "section": "Billing", "faq_question": "When is my bill due?", "faq_answer": "Fourteen days after it is issued, by direct debit."}
            ]}
            """#.utf8)
        let records = try JSONReader().read(data, path: "kb.json").records
        #expect(records.map(\.question) == ["Which countries does the Asia pack cover?", "When is my bill due?"])
        #expect(records.map(\.text) == ["Japan, Singapore and Thailand only.", "Fourteen days after it is issued, by direct debit."])
        // Records that hold no questions are not guessed at.
        #expect(throws: IngestError.self) {
            try JSONReader().read(Data(#"[{"name": "Ada", "role": "admin"}, {"name": "Bo", "role": "viewer"}]"#.utf8), path: "users.json")
        }
    }

    /// Fields a helpdesk exports as named values (`"CustomFields": [{"name": "Answer", "values":
    /// [...]}]`) are fields of their record; the question is the one other field that asks. A
    /// field of identifiers or URLs is never an answer, however long its values.
    @Test func namedFieldsAreFieldsOfTheirRecord() throws {
        let data = Data(#"""
            {"items": [
              {"id": "3", "_url": "https://help.example.org/REST/2.0/article/3", "Name": "Which nights are the beginner clinics?",
               "CustomFields": [{"name": "Topic", "values": ["Learning"]}, {"name": "Answer", "values": ["<p>Thursday and Sunday nights.</p>"]}]},
              {"id": "4", "_url": "https://help.example.org/REST/2.0/article/4", "Name": "How much is a locker?",
               "CustomFields": [{"name": "Answer", "values": ["<p>Lockers are $55 for the season.</p>"]}]}
            ]}
            """#.utf8)
        let records = try JSONReader().read(data, path: "rt.json").records
        #expect(records.map(\.question) == ["Which nights are the beginner clinics?", "How much is a locker?"])
        #expect(records.map(\.text) == ["Thursday and Sunday nights.", "Lockers are $55 for the season."])
        let urls = Data(#"[{"q": "Why?", "link": "https://example.org/a/very/long/path/1"}, {"q": "How?", "link": "https://example.org/a/very/long/path/2"}]"#.utf8)
        #expect(throws: IngestError.self) { try JSONReader().read(urls, path: "links.json") }
    }

    /// Form tools' submission APIs hold each field as an object of its own (Jotform keyed by id,
    /// Typeform in an array with a `field` description, Google Forms' nested text answers).
    @Test func formResponsesAreRecordsOfTheirFields() throws {
        let jotform = #"{"content": [{"id": "1", "answers": {"1": {"name": "head", "text": "Staff answers", "type": "control_head"}, "5": {"name": "customerQuestion", "text": "Customer question", "type": "control_textbox", "answer": "Is there a fee?"}, "6": {"name": "ourAnswer", "text": "Our answer", "type": "control_textarea", "answer": "The fee is SEK 500 a year."}}}, {"id": "2", "answers": {"1": {"name": "head", "text": "Staff answers", "type": "control_head"}, "5": {"name": "customerQuestion", "text": "Customer question", "type": "control_textbox", "answer": "Can dogs come?"}, "6": {"name": "ourAnswer", "text": "Our answer", "type": "control_textarea", "answer": "Dogs on a lead are welcome on the piers."}}}]}"#
        let typeform = #"{"items": [{"token": "a", "answers": [{"field": {"id": "f1", "type": "short_text", "ref": "customer_question"}, "type": "text", "text": "How heavy can a rider be"}, {"field": {"id": "f2", "type": "long_text", "ref": "staff_answer"}, "type": "text", "text": "Riders up to 95 kg ride the cobs."}]}, {"token": "b", "answers": [{"field": {"id": "f1", "type": "short_text", "ref": "customer_question"}, "type": "text", "text": "Helmets for hire"}, {"field": {"id": "f2", "type": "long_text", "ref": "staff_answer"}, "type": "text", "text": "We lend helmets for free at the yard."}]}]}"#
        let google = #"{"responses": [{"responseId": "r1", "answers": {"6a": {"questionId": "6a", "textAnswers": {"answers": [{"value": "Is parking free?"}]}}, "7c": {"questionId": "7c", "textAnswers": {"answers": [{"value": "Parking is free for guests next to the barn."}]}}}}, {"responseId": "r2", "answers": {"6a": {"questionId": "6a", "textAnswers": {"answers": [{"value": "When must music stop?"}]}}, "7c": {"questionId": "7c", "textAnswers": {"answers": [{"value": "Amplified music stops at midnight."}]}}}}]}"#
        let read = { (json: String) throws -> [String] in
            try JSONReader().read(Data(json.utf8), path: "f.json").records.map { "\($0.question ?? "-") | \($0.text)" }
        }
        #expect(try read(jotform) == ["Is there a fee? | The fee is SEK 500 a year.", "Can dogs come? | Dogs on a lead are welcome on the piers."])
        // Named fields decide even when the questions do not end with a question mark.
        #expect(try read(typeform) == ["How heavy can a rider be | Riders up to 95 kg ride the cobs.", "Helmets for hire | We lend helmets for free at the yard."])
        #expect(try read(google) == ["Is parking free? | Parking is free for guests next to the barn.", "When must music stop? | Amplified music stops at midnight."])
    }

    /// Rich-text answers (Portable Text blocks of spans, a Contentful document) read as paragraphs.
    @Test func richTextAnswersAreTheirText() throws {
        let sanity = #"{"ms": 3, "result": [{"_id": "a", "question": "How long is a session?", "answer": [{"_type": "block", "children": [{"_type": "span", "text": "A session lasts ", "marks": []}, {"_type": "span", "text": "three hours", "marks": ["strong"]}, {"_type": "span", "text": ".", "marks": []}], "markDefs": []}, {"_type": "block", "children": [{"_type": "span", "text": "Extra hours cost $40.", "marks": []}], "markDefs": []}]}]}"#
        let contentful = #"{"items": [{"sys": {"id": "x"}, "fields": {"question": "Do you store boats?", "answer": {"nodeType": "document", "data": {}, "content": [{"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": "Yes, boats up to 9 m ", "marks": [], "data": {}}, {"nodeType": "text", "value": "all winter.", "marks": [], "data": {}}]}]}}}]}"#
        #expect(try JSONReader().read(Data(sanity.utf8), path: "s.json").records.map(\.text) == ["A session lasts three hours.\n\nExtra hours cost $40."])
        #expect(try JSONReader().read(Data(contentful.utf8), path: "c.json").records.map(\.text) == ["Yes, boats up to 9 m all winter."])
    }

    /// A Lexical document (Payload CMS) wraps its blocks in one `root` object; a table given as
    /// column names and rows of values (Datasette) is read as records keyed by column.
    @Test func wrappedRichTextAndColumnTablesAreRead() throws {
        let payload = #"{"docs": [{"id": 1, "question": "How do I pay?", "answer": {"root": {"type": "root", "children": [{"type": "paragraph", "children": [{"type": "text", "text": "By UPI or card.", "format": 0}]}]}}}, {"id": 2, "question": "Do you groom cats?", "answer": {"root": {"type": "root", "children": [{"type": "paragraph", "children": [{"type": "text", "text": "Dogs only.", "format": 0}]}]}}}], "hasNextPage": false, "page": 1}"#
        let datasette = #"{"database": "kb", "table": "faq", "columns": ["id", "question", "answer", "updated"], "rows": [[1, "How do I pay the balance?", "By EFT or a credit card before unloading.", "2025-01-20"], [2, "Do you move pianos?", "Yes, uprights and grands, with a piano crew.", "2024-08-02"]], "primary_keys": ["id"]}"#
        let lexical = try JSONReader().read(Data(payload.utf8), path: "p.json").records
        #expect(lexical.map(\.question) == ["How do I pay?", "Do you groom cats?"])
        #expect(lexical.map(\.text) == ["By UPI or card.", "Dogs only."])
        let table = try JSONReader().read(Data(datasette.utf8), path: "d.json").records
        #expect(table.map(\.question) == ["How do I pay the balance?", "Do you move pianos?"])
        #expect(table.first?.text == "By EFT or a credit card before unloading.")
        // A table whose rows hold no question leaves the object's other keys to be read.
        let beside = #"{"columns": ["x", "y"], "rows": [[1, 2], [3, 4]], "faq": [{"q": "Why?", "a": "Because."}]}"#
        #expect(try JSONReader().read(Data(beside.utf8), path: "b.json").records.map(\.question) == ["Why?"])
    }

    @Test func recordsPointAtTheirLines() throws {
        let data = Data("[\n{\"q\": \"One?\", \"a\": \"First.\"},\n\n{\"q\": \"Two?\", \"a\": \"Second.\"}\n]".utf8)
        #expect(try JSONReader().read(data, path: "l.json").records.map(\.location.line) == [2, 4])
    }
}

@Suite struct ReaderChoiceTests {
    @Test(arguments: [
        ("page.txt", "<!DOCTYPE html><html><body><h2>Why?</h2><p>Because.</p></body></html>", "html"),
        ("notes.html", "Just a plain line of text.\nAnother line.", "txt"),
        ("data.txt", "[{\"q\": \"Why?\", \"a\": \"Because.\"}]", "json"),
        ("faq.md", "## Why?\n\nBecause.", "md"),
        // A Markdown page may open with a link: JSON only when it parses.
        ("faq.md", "[Home](index.md) > FAQ\n\n## Why?\n\nBecause.", "md"),
        ("faq.json", "[]", "json"),
    ])
    func extensionIsConfirmedByContent(name: String, content: String, format: String) {
        #expect(Readers.standard.reader(forPath: name, data: Data(content.utf8))?.format == format)
    }

    @Test func undeclaredLegacyCharsetIsWindows1252() throws {
        var data = Data("<html><body><h2>Caf".utf8)
        data.append(0xE9)  // é in windows-1252, invalid as UTF-8
        data.append(Data("?</h2><p>Open daily.</p></body></html>".utf8))
        let records = try HTMLReader().read(data, path: "c.html").records
        #expect(records.first?.question == "Café?")
    }

    @Test func unknownDeclaredCharsetIsReported() {
        let data = Data("<html><head><meta charset=\"x-klingon\"></head><body><p>Hi there you.</p></body></html>".utf8)
        #expect(throws: IngestError.undecodable(path: "k.html", encoding: "x-klingon")) { try HTMLReader().read(data, path: "k.html") }
    }
}

/// Plain-text FAQs: questions marked, numbered or standing alone, hard-wrapped, with their answers.
@Suite struct TextQuestionTests {
    static func records(_ text: String) -> [AnswerRecord] {
        TextReader.records(in: text, path: "FAQ")
    }

    /// Questions that nearly all open with one label ("Subject:", as a Usenet digest FAQ heads
    /// its entries) lose it; a label on one question only stays.
    @Test func aLabelSharedByTheQuestionsIsAMarker() {
        let records = Self.records("""
        Subject: 01.01 Why should I use MH?

          Because it is a set of small programs.

        Subject: 01.02 Where can I get MH?

          From the project's site.

        Subject: 01.03 Does MH run on Windows?

          Under Cygwin.
        """)
        #expect(records.map(\.question) == ["01.01 Why should I use MH?", "01.02 Where can I get MH?", "01.03 Does MH run on Windows?"])
    }

    /// A numbered title underlined on the next line is an entry, asked as a question or not, and
    /// wrapped or not (mdadm's FAQ underlines every entry with "~").
    @Test func underlinedNumberedTitlesAreEntries() {
        let records = Self.records("""
        mdadm FAQ
        =========

        6. What is the difference between RAID1+0 and RAID10?
        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
          RAID1+0 stripes a RAID0 across two RAID1 arrays.

        7. Which RAID10 layout scheme should I use
        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
          Near, far or offset, depending on how you read.

        8. (One of) my RAID arrays is busy and cannot be stopped. What gives?
        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
          The root filesystem's array is busy on shutdown.

        12. mdadm -E / mkconf report different arrays with the same device
            name / minor number. What gives?
        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
          mdadm updates the super-minor field only in one case.
        """)
        #expect(records.compactMap(\.question) == [
            "6. What is the difference between RAID1+0 and RAID10?", "7. Which RAID10 layout scheme should I use",
            "8. (One of) my RAID arrays is busy and cannot be stopped. What gives?",
            "12. mdadm -E / mkconf report different arrays with the same device name / minor number. What gives?",
        ])
        #expect(records.last?.text.contains("super-minor field") == true)
    }

    @Test func markedQuestionsAreJoinedOverTheirLinesAndAnswered() {
        let records = Self.records("""
        Q: Why does the server open high ports as well as port 53.
           Is this a security problem?

        A: The high ports are for replies from upstream servers.
           They accept nothing else.

           Addendum: a fixed port can be set.

        Q: Why doesn't it answer over TCP? Don't the RFCs
           require that?

        A: From version 2.10, it does.
        """)
        #expect(records.map(\.question) == ["Why does the server open high ports as well as port 53. Is this a security problem?",
                                             "Why doesn't it answer over TCP? Don't the RFCs require that?"])
        #expect(records.first?.text == "The high ports are for replies from upstream servers.\nThey accept nothing else.\n\nAddendum: a fixed port can be set.")
        #expect(records.last?.text == "From version 2.10, it does.")
        #expect(records.map(\.location.line) == [1, 9])
    }

    @Test func numberedQuestionsAndQuestionParagraphsAreQuestions() {
        let numbered = Self.records("""
        Frequently asked questions about the tool.

        1. How do I install the tool in my
           home directory?

        Run the installer with a prefix.

        2. Why does it crash on start?

        A missing font; install it.

        3. Can I run two copies at once?

        Yes, with separate lock files.
        """)
        #expect(numbered.map(\.question) == [nil, "1. How do I install the tool in my home directory?", "2. Why does it crash on start?", "3. Can I run two copies at once?"])
        #expect(numbered.first?.text == "Frequently asked questions about the tool.")
        #expect(numbered[2].text == "A missing font; install it.")
    }

    /// Indented entries, and a numbered line that asks nothing between numbered questions (its
    /// number follows theirs); steps inside an answer, numbered from 1 again, stay answer text.
    @Test func numberedStatementsInTheQuestionsSequenceAreEntries() {
        let records = Self.records("""
         1. Is the library year-2000 safe?

            Yes. It handles no dates.

         2. compress() returns a buffer error.

            Make sure the output buffer is large enough:

         1. Allocate the buffer first.

         3. Where is the documentation?

            In the header file.
        """)
        #expect(records.map(\.question) == ["1. Is the library year-2000 safe?", "2. compress() returns a buffer error.", "3. Where is the documentation?"])
        #expect(records[1].text == "Make sure the output buffer is large enough:\n\n1. Allocate the buffer first.")
    }

    /// Numbers in parts ("4.1.", "4.2."): an entry follows the one before it in its last part, or
    /// opens the next group at 1.
    @Test func dottedNumbersFollowPartByPart() {
        let records = Self.records("""
        4.1. Why does the client say it cannot talk to the daemon?

        The daemon may not be running.

        4.2. I keep getting the error 501 Not authorised

        The command needs the local socket.

        5.1. What is the real-time clock?

        A clock that keeps time while the power is off.

        5.2. The clock drifts after a reboot

        Save the drift file before shutting down.
        """)
        #expect(records.map(\.question) == ["4.1. Why does the client say it cannot talk to the daemon?", "4.2. I keep getting the error 501 Not authorised",
                                             "5.1. What is the real-time clock?", "5.2. The clock drifts after a reboot"])
        #expect(TextQuestions.follows([5, 1], [4, 7]) && TextQuestions.follows([4, 2], [4, 1]) && !TextQuestions.follows([4, 3], [4, 1]))
    }

    /// A manual with one paragraph that asks is not a question-and-answer file.
    @Test func aStrayQuestionDoesNotMakeAnFAQ() {
        let paragraphs = (1...40).map { "Paragraph \($0) of the manual describes one option\nand what it does." }
        let text = (paragraphs.prefix(20) + ["What is a decorator?", "A decorator wraps a function."] + paragraphs.suffix(20)).joined(separator: "\n\n")
        let records = Self.records(text)
        #expect(records.allSatisfy { $0.question == nil })
        #expect(records.count == 42)
    }

    @Test func markdownQuestionsWrappedOverLinesAreJoined() throws {
        let document = try MarkdownReader().read(Data("Q: How do I reset\nmy password?\nA: Use the link.\n\nQ: Where?\nA: Here.\n".utf8), path: "faq.md")
        #expect(document.records.map(\.question) == ["How do I reset my password?", "Where?"])
        #expect(document.records.first?.text == "Use the link.")
    }

    /// A manual page in roff: subsections are the questions, read as a terminal shows them
    /// (the nroff form of a request written for each formatter, pod2man's quote strings as
    /// quotes, fonts and index entries dropped, verbatim blocks as code).
    @Test func manPageSubsectionsAreQuestions() throws {
        let page = #"""
        .\" Automatically generated by Pod::Man 4.14
        .de Vb \" Begin verbatim text
        .ft CW
        .nf
        ..
        .TH PERLUNIFAQ 1 "2026-09-29" "perl v5.36.0" "Perl Programmers Reference Guide"
        .SH "NAME"
        perlunifaq \- Perl Unicode FAQ
        .SH "Q and A"
        .IX Header "Q and A"
        .SS "What character encodings does Perl support?"
        .IX Subsection "What character encodings does Perl support?"
        To find out which character encodings your Perl supports, run:
        .PP
        .Vb 1
        \&    perl \-MEncode \-le "print for Encode\->encodings(\*(Aq:all\*(Aq)"
        .Ve
        .ie n .SS "What is the difference between ""UTF\-8"" and ""utf8""?"
        .el .SS "What is the difference between \f(CWUTF\-8\fP and \f(CWutf8\fP?"
        .IX Subsection "What is the difference between UTF-8 and utf8?"
        \&\f(CW\*(C`UTF\-8\*(C'\fR is the official standard. \f(CW\*(C`utf8\*(C'\fR is Perl's way of
        being liberal in what it accepts.
        """#
        #expect(ManPageReader().accepts(Data(page.utf8)))
        let document = try ManPageReader().read(Data(page.utf8), path: "perlunifaq.1")
        #expect(document.title == "perlunifaq - Perl Unicode FAQ")
        #expect(document.records.map(\.question) == ["What character encodings does Perl support?", "What is the difference between \"UTF-8\" and \"utf8\"?"])
        #expect(document.records.first?.text.contains("```\n    perl -MEncode -le \"print for Encode->encodings(':all')\"\n```") == true)
        #expect(document.records.last?.text == "\"UTF-8\" is the official standard. \"utf8\" is Perl's way of being liberal in what it accepts.")
        #expect(Readers.standard.reader(forPath: "perlunifaq.1", data: Data(page.utf8))?.format == "man")
        // A file of a manual section's extension that is no man page is read as text.
        #expect(Readers.standard.reader(forPath: "notes.1", data: Data("Plain notes.\n".utf8))?.format == "txt")
    }

    /// AsciiDoc sections are the outline's headings, so sections that ask are questions; listing
    /// blocks stay code, comments and attribute entries go, attribute references take their
    /// values, inline marks go (an escaped mark stays), and macros keep their text.
    @Test func podSectionsAreQuestionsAndCodesAreResolved() throws {
        let source = """
        =encoding utf8

        =head1 NAME

        Shop::FAQ - Frequently Asked Questions

        =head1 QUESTIONS

        =head2 Why reinvent wheels?

        Because we can make them B<rounder>, see L<Shop::Guide> and
        L<the guide|Shop::Guide> or L<Shop::Guide/"Wheels">; C<< $a->b >> and E<lt>tagE<gt>X<index>.

          my $wheel = Wheel->new;

        =over 2

        =item *

        Round

        =item Square

        Not for carts.

        =back

        =begin html

        <p>Only for HTML.</p>

        =end html

        =head2 What about backwards compatibility?

        We deprecate a feature for 3 months.

        =cut

        sub code_after_cut { 1 }
        """
        let document = try PODReader().read(Data(source.utf8), path: "FAQ.pod")
        #expect(document.title == "Shop::FAQ - Frequently Asked Questions")
        let answers = document.records.filter { $0.question != nil }
        #expect(answers.map(\.question) == ["Why reinvent wheels?", "What about backwards compatibility?"])
        #expect(answers.first?.text.contains("Because we can make them rounder, see Shop::Guide and the guide or Wheels in Shop::Guide; $a->b and <tag>.") == true)
        #expect(answers.first?.text.contains("my $wheel = Wheel->new;") == true)
        #expect(answers.first?.text.contains("Round") == true)
        #expect(answers.first?.text.contains("Only for HTML") == false)
        #expect(answers.last?.text == "We deprecate a feature for 3 months.")
        #expect(answers.last?.location.line == 34)
        #expect(PODReader.itemLabel("1.") == "" && PODReader.itemLabel("* Round") == "Round" && PODReader.itemLabel("2023 changes") == "2023 changes")
    }

    @Test func asciiDocSectionsAreQuestions() throws {
        let source = #"""
        = FAQ
        :product: Kakoune

        // maintainers' note: keep this short

        == Interfacing

        === Can I use {product} as a pager ?

        {product} can be used as a pager, by setting the `PAGER` environment
        variable to `kak`. See link:https://example.org/docs[the docs] or <<tmux,the tmux entry>>.

        [[tmux]]
        === I'm using `tmux` and colors look weird

        Use the following configuration settings:

        .~/.tmux.conf
        ----
        set -g default-terminal "tmux-256color"
        ----

        NOTE: `\*col*` is a *regular expression*; compile with c++filt at hand.

        * one item
        * another item
        """#
        #expect(AsciiDocReader().accepts(Data(source.utf8)))
        let document = try AsciiDocReader().read(Data(source.utf8), path: "faq.asciidoc")
        #expect(document.title == "FAQ")
        #expect(document.records.map(\.question) == ["Can I use Kakoune as a pager ?", "I'm using tmux and colors look weird"])
        #expect(document.records.first?.text == "Kakoune can be used as a pager, by setting the PAGER environment variable to kak. See the docs or the tmux entry.")
        let second = try #require(document.records.last?.text)
        #expect(second.contains("~/.tmux.conf\n\n```\nset -g default-terminal \"tmux-256color\"\n```"))
        #expect(second.contains("NOTE: *col* is a regular expression; compile with c++filt at hand."))
        #expect(second.contains("- one item\n- another item"))
        #expect(!second.contains("maintainers"))
        #expect(Readers.standard.reader(forPath: "faq.adoc", data: Data(source.utf8))?.format == "adoc")
    }

    /// A line that is bold and nothing else, as a paragraph or a list item, is an entry's title:
    /// a question, or one numbered as questions are ("2.1 LUKS Container Setup mini-HOWTO" beside
    /// "2.2 How do I set up encrypted swap?"). A bold line inside a paragraph, or a line only partly
    /// bold, stays text.
    @Test func markdownBoldLinesAreEntryTitles() throws {
        let text = """
        # 2. Setup

          * **2.1 LUKS Container Setup mini-HOWTO**

          Wipe the target, then run luksFormat and open the container.

          * **2.2 How do I set up encrypted swap?**

          Use a random key in crypttab, so the swap is new on every boot.
          **Note:** hibernation needs a fixed key.

          * **2.3 Can I resize a container?**

          Yes, with cryptsetup resize after growing the partition.
        """
        let document = try MarkdownReader().read(Data(text.utf8), path: "FAQ.md")
        #expect(document.records.map(\.question) == ["2.1 LUKS Container Setup mini-HOWTO", "2.2 How do I set up encrypted swap?", "2.3 Can I resize a container?"])
        #expect(document.records[1].text.contains("hibernation needs a fixed key"))
    }
}

/// Layouts of real FAQ files the readers met only in blind sets (Expect's FAQ.txt, JavaCC's faq.md).
@Suite struct NumberedAndAnchoredEntryTests {
    /// A file that numbers its entries ("#1.") lists them first; entry titles may set the scene
    /// before they ask; questions inside answers are no entries.
    @Test func numberedEntriesWithAContentsList() {
        let text = """
            Widget FAQ

            #1. I keep hearing about Widget.  So what is it?
            #2. Does Widget run on VMS?
            #3. Why does Widget dump core?

            #1. I keep hearing about Widget.  So what is it?

            Charles writes:
            >So, what is Widget?

            Widget automates interactive programs.

            #2. Does Widget run on VMS?

            Not yet. Any volunteers?

            #3. Why does Widget dump core?

            Usually an old Tcl library is loaded.
            """
        let records = TextReader.records(in: text, path: "FAQ")
        #expect(records.compactMap(\.question) == ["#1. I keep hearing about Widget.  So what is it?", "#2. Does Widget run on VMS?", "#3. Why does Widget dump core?"])
        #expect(records.first { $0.question?.hasPrefix("#1.") == true }?.text.contains("automates interactive programs") == true)
        #expect(!records.contains { $0.text.contains("#2. Does Widget run on VMS?") })
    }

    /// A heading's inline anchor is its anchor, not its text; a rule under a heading underlines it;
    /// a list of links to places on the page is its table of contents.
    @Test func markdownHeadingsWithAnchorsAndRules() throws {
        let text = """
            [Home](index.md) > FAQ

            ---

            ### <a name="toc"></a>Contents

            - [**General**](#general)
              * [What is Widget?](#question-1.1)

            ## <a name="general"></a>General

            ### <a name="question-1.1"></a>What is Widget?

            ---

            Widget is a parser generator for Java.

            ### <a name="question-1.2"></a>Where can I get Widget?

            ---

            From its download page.
            """
        let document = try MarkdownReader().read(Data(text.utf8), path: "faq.md")
        #expect(document.records.compactMap(\.question) == ["What is Widget?", "Where can I get Widget?"])
        #expect(document.records.first { $0.question == "What is Widget?" }?.location.anchor == "question-1.1")
        #expect(document.records.first { $0.question == "What is Widget?" }?.text == "Widget is a parser generator for Java.")
    }
}

/// Formats and shapes first met on blind32's pages and corpora.
@Suite struct InfoAndDisclosureTests {
    /// An Info file is read as the text a viewer shows: the preamble, node headers, menus, index
    /// nodes and tag table are blanked line for line, and its NUL markers do not make it binary.
    @Test func infoNodesAreReadAsText() throws {
        let info = "This is faq.info, produced by makeinfo version 6.8 from faq.texi.\n\nCopyright notice.\n"
            + "\u{1F}\nFile: faq.info,  Node: Top,  Next: Backups,  Up: (dir)\n\nThe FAQ\n*******\n\nThis FAQ answers questions.\n\n* Menu:\n\n* Backups::   Backup files.\n\n"
            + "\u{1F}\nFile: faq.info,  Node: Backups,  Prev: Top,  Up: Top\n\n1.1 How do I disable backup files?\n===================================\n\nYou probably do not want to do this.\n\n"
            + "   Set `make-backup-files' to nil.\n\n"
            + "\u{1F}\nFile: faq.info,  Node: Index,  Up: Top\n\n\u{0}\u{8}[index\u{0}\u{8}]\n* Menu:\n\n* backups:  Backups.  (line 6)\n\n"
            + "\u{1F}\nTag Table:\nNode: Top\u{7F}100\n\u{1F}\nEnd Tag Table\n"
        let data = Data(info.utf8)
        #expect(InfoReader().accepts(data))
        // A .txt file holding Info is read as Info, not refused as binary.
        #expect(Readers.standard.reader(forPath: "efaq.txt", data: data)?.format == "info")
        let records = try InfoReader().read(data, path: "faq.info").records
        let answer = try #require(records.first { $0.question == "1.1 How do I disable backup files?" })
        #expect(answer.text.contains("You probably do not want to do this."))
        #expect(answer.location.line == 19)
        #expect(!records.contains { $0.text.contains("produced by makeinfo") || $0.text.contains("Backup files.") || $0.text.contains("(line 6)") || $0.text.contains("Node:") })
    }

    /// A disclosure in Markdown (`<details><summary>...</summary>`, as GitHub renders it) is an
    /// entry whose title is the summary; lines of tags alone hold no text.
    @Test func markdownDisclosuresAreEntries() throws {
        let source = """
        # FAQ

        ## General

        <details>
          <summary id="what-is-it">What is the difference between A and B?</summary><p>

          A is faster than B.
        </p></details>

        <details>
          <summary>Where can I find tutorials?</summary><p>

          See the tutorials page.
        </p></details>
        """
        let records = try MarkdownReader().read(Data(source.utf8), path: "FAQ.md").records
        #expect(records.map(\.question) == ["What is the difference between A and B?", "Where can I find tutorials?"])
        #expect(records.first?.text == "A is faster than B.")
        #expect(records.first?.location.anchor == "what-is-it")
        #expect(MarkdownReader.isTagsOnly("</p></details>") && MarkdownReader.isTagsOnly("<details>") && !MarkdownReader.isTagsOnly("<https://example.com>"))
    }

    /// A sheet given as rows (the first naming the columns, later rows shorter when their last
    /// cells are empty) is read as records; an answer that is an XHTML property is its text.
    @Test func sheetRowsAndXHTMLValuesAreRead() throws {
        let sheet = #"{"range": "FAQ!A1:Z1000", "majorDimension": "ROWS", "values": [["ID", "Question", "Answer", "Edited by"], ["1", "Can I pay by card?", "Yes, every card.", "Ana"], ["2", "Do you open on Sundays?", "No."]]}"#
        let records = try JSONReader().read(Data(sheet.utf8), path: "sheet.json").records
        #expect(records.map(\.question) == ["Can I pay by card?", "Do you open on Sundays?"])
        #expect(records.map(\.text) == ["Yes, every card.", "No."])
        let xhtml = #"{"results": [{"question": {"value": "How can I pay?", "propertyDataType": "PropertyLongString"}, "answer": {"value": "<p>By card.</p><p>Or by invoice.</p>", "propertyDataType": "PropertyXhtmlString"}}]}"#
        let answer = try #require(try JSONReader().read(Data(xhtml.utf8), path: "search.json").records.first)
        #expect(answer.question == "How can I pay?")
        #expect(!answer.text.contains("<p>") && answer.text.contains("By card.") && answer.text.contains("Or by invoice."))
    }

    /// A table of contents whose entries carry their numbers beside the links ("1.1 Which ...?",
    /// LinuxDoc's) is navigation, also when its links name the page's file.
    @Test func numberedContentsListIsNotAnAnswer() throws {
        let page = """
        <html><body><h1>FAQ</h1>
        <h2>1. Choosing</h2>
        <ul>
        <li><a name="toc1.1">1.1</a> <a href="faq.html#ss1.1">Which licence do I need?</a>
        <li><a name="toc1.2">1.2</a> <a href="faq.html#ss1.2">How are seats counted?</a>
        </ul>
        <h2><a name="s1">1.</a> Choosing</h2>
        <h3><a name="ss1.1">1.1</a> Which licence do I need?</h3><p>A desktop licence covers printing.</p>
        <h3><a name="ss1.2">1.2</a> How are seats counted?</h3><p>By workstation.</p>
        </body></html>
        """
        let records = try HTMLReader().read(Data(page.utf8), path: "faq.html").records
        #expect(!records.contains { $0.text.contains("How are seats counted?") })
        #expect(records.contains { $0.text == "A desktop licence covers printing." })
    }

    /// A button that only says it is expanded ("Expand all", with `aria-expanded` and no panel it
    /// names) is a control outside a heading; a document's dateline under its author line is no
    /// answer.
    @Test func expandAllButtonsAndDatelinesAreNoAnswers() throws {
        let page = """
        <html><body><h1>Library FAQ</h1>
        <h2>Whinmoor licensing desk</h2>v2.3, 3 February 2025
        <h2>About the collection</h2>
        <div><button aria-expanded="false"><span>Expand all</span><span>Collapse all</span></button></div>
        <div class="accordion"><h3><button aria-controls="p1" aria-expanded="false">How old are the cores?</button></h3>
        <div id="p1"><p>The oldest cores date from 1962.</p></div></div>
        </body></html>
        """
        let records = try HTMLReader().read(Data(page.utf8), path: "faq.html").records
        #expect(!records.contains { $0.text.contains("Collapse all") || $0.text.contains("February 2025") })
        #expect(records.contains { $0.question == "How old are the cores?" && $0.text == "The oldest cores date from 1962." })
        #expect(QuestionSegmenter.isDateline("v2.3, 3 February 2025") && !QuestionSegmenter.isDateline("Yes."))
    }

    /// Shapes first met on blind33's pages: entries named by a word before their number
    /// ("Question 1.1.  What is Asymptote?"), an HTML fragment that opens with a list and holds
    /// `<h4>` titles, and reStructuredText's literal marks in a title.
    @Test func labelledEntriesFragmentsAndLiteralMarks() throws {
        let text = """
        Question 1.1.  What is Asymptote?

        A vector graphics language.

        Question 1.2.  How do I obtain Asymptote?

        From the website.

        Question 1.3.  Where can I ask questions?

        On the forum.

        Question 1.4.  Why does ``glGetString()`` return ``NULL``?

        No context is current.
        """
        let records = TextReader.records(in: text, path: "faq.txt")
        #expect(records.map(\.question) == ["Question 1.1.  What is Asymptote?", "Question 1.2.  How do I obtain Asymptote?",
                                            "Question 1.3.  Where can I ask questions?", "Question 1.4.  Why does glGetString() return NULL?"])
        #expect(records.first?.text == "A vector graphics language.")
        let fragment = Data("<ul>\n<p><li><h4>spool directory missing</h4>\nAdd the directories.\n<p><li><h4>wrong papersize</h4>\nSet the size.\n</ul>\n".utf8)
        #expect(Readers.standard.reader(forPath: "faq.html", data: fragment)?.format == "html")
        #expect(QuestionSegmenter.isEntryLabel(["Question", "1.1."]) && !QuestionSegmenter.isEntryLabel(["the", "1.1."]) && !QuestionSegmenter.isEntryLabel(["Question", "one"]))
    }

    /// A copy that puts a phrase in place of another between the same opening and ending words
    /// ("Crews are police vetted before working at schools" / "Crews are escorted by a staff member
    /// when working at schools") says something else: it is no near-duplicate.
    @Test func aPhraseReplacedBetweenTheSameWordsKeepsCopiesApart() {
        let kept = "Our crews are trained for working at height and hold current first aid certificates. Every crew member carries photo ID."
        let a = kept + " Crews are police vetted before working at schools and rest homes."
        let b = kept + " Crews are escorted by a staff member when working at schools and rest homes."
        #expect(NearDuplicates.groups([a, b]).isEmpty)
        #expect(NearDuplicates.groups([a, a.replacingOccurrences(of: "Every crew member", with: "Each crew member")]) == [[0, 1]])
    }
}

