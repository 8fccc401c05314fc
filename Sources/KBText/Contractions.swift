/// Contracted words written out, shared by every reader of words: near-duplicates and queries.
public enum Contractions {
    /// Contractions written out, so that a text and its contracted rewording read alike: "n't"
    /// is "not" ("don't worry", "do not worry"), and the auxiliary a pronoun carries ("we'll",
    /// "you've") is no word of its own (words are read apart at the apostrophe).
    public static func expanded(_ text: String) -> String {
        let apostrophe: UInt8 = 0x27
        guard text.utf8.contains(apostrophe) || text.utf8.contains(0xE2) && text.contains("\u{2019}") else { return text }
        // One pass over the bytes: a right single quotation mark (E2 80 99) reads as an
        // apostrophe; "n't" after "can", "won" and "shan" keeps the whole verb.
        var input: [UInt8] = []
        input.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte == 0x99, input.count >= 2, input[input.count - 1] == 0x80, input[input.count - 2] == 0xE2 {
                input.removeLast(2)
                input.append(apostrophe)
            } else {
                input.append(byte)
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 16)
        func ends(with word: String) -> Bool {
            output.count >= word.utf8.count && output.suffix(word.utf8.count).elementsEqual(word.utf8)
        }
        func follows(_ word: String, at index: Int) -> Bool {
            index + word.utf8.count <= input.count && input[index..<(index + word.utf8.count)].elementsEqual(word.utf8)
        }
        var index = 0
        while index < input.count {
            let byte = input[index]
            guard byte == apostrophe else { output.append(byte); index += 1; continue }
            if index + 1 < input.count, input[index + 1] == UInt8(ascii: "t"), output.last == UInt8(ascii: "n") {
                if ends(with: "won") || ends(with: "Won") {
                    output.removeLast(2)
                    output.append(contentsOf: "ill not".utf8)
                } else if ends(with: "shan") {
                    output.removeLast(1)
                    output.append(contentsOf: "ll not".utf8)
                } else if ends(with: "can") || ends(with: "Can") {
                    output.append(contentsOf: " not".utf8)
                } else {
                    output.removeLast()
                    output.append(contentsOf: " not".utf8)
                }
                index += 2
                continue
            }
            if let suffix = ["ll ", "ve ", "re ", "m ", "d "].first(where: { follows($0, at: index + 1) }) {
                output.append(UInt8(ascii: " "))
                index += 1 + suffix.utf8.count
                continue
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A possessive "'s" (or "’s") dropped: "valgrind's error messages" reads "valgrind error
    /// messages", for the "s" is no word of its own. "it's" loses its "is", a word of no meaning
    /// in a query either. Other contractions stay as written: an index reads "doesn't" as the
    /// words "doesn" and "t", and so does a query.
    public static func droppingPossessives(_ text: String) -> String {
        guard text.utf8.contains(0x27) || text.utf8.contains(0xE2) else { return text }
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "'" || character == "\u{2019}", index > 0, characters[index - 1].isLetter,
               index + 1 < characters.count, characters[index + 1] == "s" || characters[index + 1] == "S",
               index + 2 == characters.count || !characters[index + 2].isLetter {
                index += 2
                continue
            }
            output.append(character)
            index += 1
        }
        return output
    }
}
