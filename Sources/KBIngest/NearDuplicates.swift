import KBModel
import KBText

/// Groups texts that say the same thing in other words: light rewording, sentences in another
/// order, the same answer wrapped in other boilerplate.
///
/// - Each text becomes the set of its content words (stemmed; no function words) and a MinHash
///   signature of that set; locality-sensitive hashing (bands of the signature) proposes candidate
///   pairs, so the work stays near-linear in the number of texts.
/// - A candidate pair is confirmed when its word sets overlap enough: Jaccard similarity at least
///   ``minimumJaccard``, or the smaller set nearly contained in the larger (``minimumContainment``,
///   a copy wrapped in boilerplate or cut shorter), the smaller holding at least ``minimumWords``.
/// - Nothing is lost: every sentence of the shorter text has most of its words in the longer,
///   whose wording is kept ("retains messages for 14 days. Billed per request." and "retains
///   messages for 14 days. Encrypted at rest." are two answers).
/// - Two texts that differ in a number, a named item (a word written with a capital inside a
///   sentence, which the other text does not hold) or a negation are never merged ("Basic plan
///   $4.50/month" and "$5.00/month", "Zapier" and "Make", "is included" and "is not included"):
///   they say different things, and `kb check` compares them. Only the sentences the two texts
///   share count: a wrapper's own sentences ("Was this helpful? Yes No", "Updated 2024") do not keep
///   two copies apart. Years are stamps, not values.
///
/// For example:
///
/// ```swift
/// NearDuplicates.groups(["Files up to 2 GB can be uploaded to a workspace.", "You can upload files of up to 2 GB to any workspace.",
///                        "Files up to 5 GB can be uploaded to a workspace."])
/// // [[0, 1]]
/// ```
public enum NearDuplicates {
    public static let minimumJaccard = 0.45
    public static let minimumContainment = 0.7
    public static let minimumWords = 5
    public static let minimumStrictJaccard = 0.6
    static let hashCount = 64
    static let rowsPerBand = 2

    struct Sentence {
        var words: Set<String>
        var numbers: Set<String>
        var names: Set<String>
        var negated: Bool
    }

    struct Profile {
        var words: Set<String>
        /// Every word of the text, lowercased (for "does the other text hold this name").
        var allWords: Set<String>
        var sentences: [Sentence]
    }

    /// Groups (each of two or more indices into `texts`, in text order) of near-duplicates.
    /// `strict`: for short texts (facts), Jaccard only, at ``minimumStrictJaccard``: one short
    /// sentence contained in a longer one is not the same statement.
    public static func groups(_ texts: [String], strict: Bool = false, lexicon: Lexicon = .standard) -> [[Int]] {
        let profiles = texts.concurrentMap { profile($0, lexicon: lexicon) }
        let signatures = profiles.concurrentMap { profile in signature(Set(profile.words.map { UInt64(bitPattern: ContentHash.fnv1a($0)) })) }
        // Candidates: texts sharing one band of their signature.
        var buckets: [UInt64: [Int]] = [:]
        for (index, signature) in signatures.enumerated() where profiles[index].words.count >= minimumWords {
            for band in 0..<(hashCount / rowsPerBand) {
                var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
                for row in 0..<rowsPerBand { key = (key ^ signature[band * rowsPerBand + row]) &* 0x100_0000_01B3 }
                buckets[key, default: []].append(index)
            }
        }
        var parent = Array(texts.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var checked: Set<Int64> = []
        var members: [Int: [Int]] = [:]
        func group(_ index: Int) -> [Int] { members[root(index)] ?? [index] }
        for candidates in buckets.values.sorted(by: { $0[0] < $1[0] }) where candidates.count > 1 && candidates.count <= 200 {
            for (position, a) in candidates.enumerated() {
                for b in candidates[(position + 1)...] {
                    let pair = Int64(min(a, b)) << 32 | Int64(max(a, b))
                    guard root(a) != root(b), checked.insert(pair).inserted, alike(profiles[a], profiles[b], strict: strict) else { continue }
                    // Every member must be alike with every member of the other group: likeness does
                    // not chain ("A ~ B ~ C" does not make A and C one).
                    let groupA = group(a), groupB = group(b)
                    guard groupA.count + groupB.count <= 50,
                          groupA.allSatisfy({ x in groupB.allSatisfy { y in (x == a && y == b) || alike(profiles[x], profiles[y], strict: strict) } }) else { continue }
                    let (rootA, rootB) = (root(a), root(b))
                    parent[rootB] = rootA
                    members[rootA] = groupA + groupB
                    members[rootB] = nil
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in texts.indices { groups[root(index), default: []].append(index) }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    static func alike(_ a: Profile, _ b: Profile, strict: Bool) -> Bool {
        guard !a.words.isEmpty, !b.words.isEmpty else { return false }
        let shared = Double(a.words.intersection(b.words).count)
        let jaccard = shared / Double(a.words.union(b.words).count)
        let containment = shared / Double(min(a.words.count, b.words.count))
        if strict {
            guard jaccard >= minimumStrictJaccard, min(a.words.count, b.words.count) >= minimumWords else { return false }
        } else {
            guard jaccard >= minimumJaccard || containment >= minimumContainment && min(a.words.count, b.words.count) >= minimumWords else { return false }
        }
        // Nothing the shorter text says is lost: each of its sentences has its words (most of them)
        // in the longer one, whose wording is the one kept.
        let (shorter, longer) = a.words.count <= b.words.count ? (a, b) : (b, a)
        let longerNumbers = Set(longer.sentences.flatMap(\.numbers))
        for sentence in shorter.sentences where sentence.words.count >= 2 {
            // Its numbers count among its words: "within 15 minutes" and "within 15 minutes" agree.
            let held = sentence.words.intersection(longer.words).count + sentence.numbers.intersection(longerNumbers).count
            let covered = Double(held) / Double(sentence.words.count + sentence.numbers.count)
            if covered < 0.4 { return false }
        }
        return agree(a, b) && agree(b, a)
    }

    /// Whether the sentences of `a` that `b` shares hold only numbers, names and negations `b` holds too.
    static func agree(_ a: Profile, _ b: Profile) -> Bool {
        let bNumbers = Set(b.sentences.flatMap(\.numbers)), bNegated = b.sentences.contains(where: \.negated)
        for sentence in a.sentences where !sentence.words.isEmpty {
            let overlap = Double(sentence.words.intersection(b.words).count) / Double(sentence.words.count)
            guard overlap >= 0.5 else { continue }
            if !sentence.numbers.isSubset(of: bNumbers) { return false }
            if !sentence.names.isSubset(of: b.allWords) { return false }
            if sentence.negated, !bNegated { return false }
        }
        return true
    }

    static func profile(_ text: String, lexicon: Lexicon) -> Profile {
        let function: WordClasses = [.determiner, .pronoun, .preposition, .auxiliary, .conjunction, .negation]
        var sentences: [Sentence] = []
        var current = Sentence(words: [], numbers: [], names: [], negated: false)
        var allWords: Set<String> = []
        var words: Set<String> = []
        var stems: [String: String] = [:]
        WordScan.words(text) { lower, shape, opens in
            if opens, !current.words.isEmpty || !current.numbers.isEmpty {
                sentences.append(current)
                current = Sentence(words: [], numbers: [], names: [], negated: false)
            }
            allWords.insert(lower)
            if shape == .number || lower.unicodeScalars.contains(where: \.isDigitScalar) {
                // A year stamps a text; any other number is a value.
                if lower.count == 4, let year = Int(lower), (1900...2099).contains(year) { return }
                current.numbers.insert(lower)
                return
            }
            let classes = lexicon.classes(of: lower)
            if classes.contains(.negation) { current.negated = true }
            if !opens, shape == .capitalized || shape == .upper || shape == .identifier { current.names.insert(lower) }
            guard classes.isDisjoint(with: function) else { return }
            let stem = stems[lower] ?? Stemmer.stem(lower)
            stems[lower] = stem
            current.words.insert(stem)
            words.insert(stem)
        }
        sentences.append(current)
        return Profile(words: words, allWords: allWords, sentences: sentences)
    }

    static func signature(_ shingles: Set<UInt64>) -> [UInt64] {
        var minimum = [UInt64](repeating: .max, count: hashCount)
        for shingle in shingles {
            var value = shingle
            for index in 0..<hashCount {
                // One multiply-xorshift mix per hash function.
                value = (value ^ (value >> 31)) &* 0xBF58_476D_1CE4_E5B9 &+ UInt64(index) &* 0x94D0_49BB_1331_11EB
                if value < minimum[index] { minimum[index] = value }
            }
        }
        return minimum
    }
}
