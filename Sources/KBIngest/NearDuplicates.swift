import KBModel
import KBText
import Foundation

/// Groups texts that say the same thing in other words: light rewording, sentences in another
/// order, the same answer wrapped in other boilerplate.
///
/// - Each text becomes the set of its content words (stemmed; no function words) and a MinHash
///   signature of that set; locality-sensitive hashing (bands of the signature) proposes candidate
///   pairs, so the work stays near-linear in the number of texts.
/// - A candidate pair is confirmed when its word sets overlap enough: Jaccard similarity at least
///   ``minimumJaccard``, or the smaller set nearly contained in the larger (``minimumContainment``,
///   a copy wrapped in boilerplate or cut shorter, each of its sentences nearly whole in one
///   sentence of the other), the smaller holding at least ``minimumWords``; or both state the same
///   two or more figures and share a fifth of their words (``sameFigures(_:_:)``). The same tests
///   pass again with words weighed by how few texts use them: shared common words alone do not
///   make two texts alike.
/// - A short text (one sentence, or fewer than ``shortText`` content words) must be held sentence
///   for sentence: the same words in the same order, the other text adding only sentences of its
///   own. One sentence that differs from another by a word or two, or in word order, is another
///   statement built on the same template ("an existing view" and "an existing materialized
///   view", "convert a C double to a Python float" and back), which word overlap cannot tell from
///   a rewording.
/// - Nothing is lost: every sentence of the shorter text has most of its words in the longer,
///   whose wording is kept ("retains messages for 14 days. Billed per request." and "retains
///   messages for 14 days. Encrypted at rest." are two answers).
/// - Two texts that differ in a number, a named item (a word written with a capital inside a
///   sentence, which the other text does not hold) or a negation are never merged ("Basic plan
///   $4.50/month" and "$5.00/month", "Zapier" and "Make", "is included" and "is not included"):
///   they say different things, and `kb check` compares them. Nor are two sentences the same word
///   for word but one swapped item or relation ("mattress covers" and "sofa covers", "after a
///   meal" and "before a meal"), nor one that closes with "only" what the other opens to more. An identifier
///   (`rgb_to_yiq`) is a name wherever it stands. Only the sentences the two texts
///   share count: a wrapper's own sentences ("Was this helpful? Yes No", "Updated 2024") do not keep
///   two copies apart. Years are stamps, not values.
///
/// For example:
///
/// ```swift
/// NearDuplicates.groups(["Files up to 2 GB can be uploaded to a workspace. Larger files are refused.",
///                        "You can upload files of up to 2 GB to any workspace; larger files are refused. Was this answer helpful?",
///                        "Files up to 5 GB can be uploaded to a workspace. Larger files are refused."])
/// // [[0, 1]]
/// ```
public enum NearDuplicates {
    public static let minimumJaccard = 0.45
    public static let minimumContainment = 0.7
    public static let minimumWords = 5
    public static let minimumStrictJaccard = 0.6
    /// Fewer content words than this, or one sentence, make a short text (see ``shortTextHeld(_:in:)``).
    public static let shortText = 8
    /// The Jaccard similarity two answers stating the same figures need (``sameFigures(_:_:)``).
    public static let minimumFigureJaccard = 0.2
    static let hashCount = 64
    /// Signature rows per band: two for answers (a containment pair can have a low Jaccard
    /// similarity and must still meet in some band), three for the strict comparison of facts,
    /// whose pairs need a Jaccard similarity of 0.6 (found in 99% of cases with 21 bands) and so
    /// need not meet the many pairs near 0.3 that two-row bands propose.
    static func rowsPerBand(strict: Bool) -> Int { strict ? 3 : 2 }

    /// Words are kept as their 64-bit FNV-1a hashes (``ContentHash``) in sorted arrays: two texts
    /// are compared by merging short integer lists, with no string hashed or compared again (the
    /// comparisons run for every candidate pair). A sentence is a class: the comparisons pass
    /// sentences around by the thousand, and a reference copies in one step where a structure of
    /// ten arrays copies each of them (it is filled while its text is read, and not changed after).
    final class Sentence: @unchecked Sendable {
        /// Its content words (stemmed).
        var ids: [UInt64] = []
        var numbers: [UInt64] = []
        /// Those of its numbers written in words ("two": 2): the other text needs not hold them.
        var spelledNumbers: [UInt64] = []
        var names: [UInt64] = []
        var negated = false
        var negations = 0
        /// Whether it restricts what it says to one case ("only", "exclusively").
        var exclusive = false
        /// The content words (stemmed) of its subject: the words before its first verb.
        var subject: [UInt64] = []
        /// Every word in order (lowercased, unstemmed), and whether each may name an item: a
        /// content word that is no verb (by the lexicon, or by an -ed, -ing or -ly ending) and no
        /// number, or a preposition (a relation: "after", "before"). Two sentences the same word
        /// for word but one swapped item differ in that item.
        var sequence: [UInt64] = []
        var mayNameItem: [Bool] = []
        /// Its content words (stemmed) in the order they come.
        var order: [UInt64] = []
        /// Its words with a negating affix taken off ("excluding": "cluding", "without": "with")
        /// and the same for those with a positive one ("including": "cluding"), as hashes
        /// (see ``polarityRoots(_:)``): two sentences that use one root with two affixes say
        /// opposite things ("including shoe hire" and "excluding shoe hire").
        var roots: [UInt64: UInt64] = [:]

        init() {}
    }

    struct Profile {
        /// The content words (stemmed) of all its sentences.
        var ids: [UInt64]
        /// The numbers of all its sentences, and whether any sentence is negated.
        var numbers: [UInt64]
        var negated: Bool
        /// Its numbers written in digits (``numbers`` without those written in words).
        var digits: [UInt64] = []
        /// Every word of the text, lowercased (for "does the other text hold this name").
        var allWords: [UInt64]
        var sentences: [Sentence]
        /// How much each word of `ids` tells (see ``weighted(_:)``), in the same order, and their sum.
        var weights: [Float] = []
        var totalWeight: Float = 0
    }

    /// Groups (each of two or more indices into `texts`, in text order) of near-duplicates.
    /// `strict`: for short texts (facts), Jaccard only, at ``minimumStrictJaccard``: one short
    /// sentence contained in a longer one is not the same statement.
    public static func groups(_ texts: [String], strict: Bool = false, lexicon: Lexicon = .standard) -> [[Int]] {
        let profiles = weighted(texts.concurrentMap(state: { [String: WordReading]() }) { words, text in profile(text, lexicon: lexicon, words: &words) })
        let signatures = profiles.concurrentMap { signature($0.ids) }
        // Candidates: texts sharing one band of their signature. (band key, text) pairs sorted by
        // key give the buckets as runs, without a dictionary of arrays.
        let rowsPerBand = rowsPerBand(strict: strict)
        let bands = hashCount / rowsPerBand
        var keyed: [(key: UInt64, text: Int32, band: Int32)] = []
        keyed.reserveCapacity(texts.count * bands)
        for (index, signature) in signatures.enumerated() where profiles[index].ids.count >= minimumWords {
            for band in 0..<bands {
                var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
                for row in 0..<rowsPerBand { key = (key ^ signature[band * rowsPerBand + row]) &* 0x100_0000_01B3 }
                keyed.append((key, Int32(index), Int32(band)))
            }
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.text < $1.text }
        // All word numbers in one flat list, so the first test of a pair (enough shared words?)
        // touches no reference-counted storage; most candidate pairs fail it.
        var flat: [UInt64] = [], bounds: [Range<Int>] = []
        flat.reserveCapacity(profiles.reduce(0) { $0 + $1.ids.count })
        for profile in profiles {
            bounds.append(flat.count..<(flat.count + profile.ids.count))
            flat.append(contentsOf: profile.ids)
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
        var members: [Int: [Int]] = [:]
        func group(_ index: Int) -> [Int] { members[root(index)] ?? [index] }
        // Two groups found not alike as a whole stay apart until one of them grows.
        var refused: [Int64: Int] = [:]
        // Buckets in key order, members in text order: the same texts always give the same groups.
        var buckets: [ArraySlice<(key: UInt64, text: Int32, band: Int32)>] = []
        var crowded: Set<UInt64> = []
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].key == keyed[start].key { end += 1 }
            if (2...200).contains(end - start) { buckets.append(keyed[start..<end]) } else if end - start > 200 { crowded.insert(keyed[start].key) }
            start = end
        }
        // The buckets two texts share (their equal bands, but crowded ones): a pair alike in many
        // bands meets in each of them, and is judged only in the first of them.
        let skipped = crowded
        var flatSignatures: [UInt64] = []
        flatSignatures.reserveCapacity(signatures.count * hashCount)
        for signature in signatures { flatSignatures.append(contentsOf: signature) }
        let allSignatures = flatSignatures
        @Sendable func bandKey(_ signature: UnsafeBufferPointer<UInt64>, _ band: Int) -> UInt64? {
            let first = band * rowsPerBand
            var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
            for row in 0..<rowsPerBand { key = (key ^ signature[first + row]) &* 0x100_0000_01B3 }
            return skipped.contains(key) ? nil : key
        }
        @Sendable func sameBand(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>, _ band: Int) -> Bool {
            let first = band * rowsPerBand
            for row in first..<(first + rowsPerBand) where a[row] != b[row] { return false }
            return true
        }
        // Pairs alike on their own, found on every core (the test is pure); merged below in
        // bucket order, each pair once per bucket it shares, so the groups do not depend on the
        // threads.
        let words = flat, spans = bounds
        let alikePairs: [[(a: Int, b: Int, keys: [UInt64])]] = buckets.concurrentMap { bucket in
            let candidates = bucket.map { Int($0.text) }
            let band = Int(bucket.first?.band ?? 0)
            var found: [(a: Int, b: Int, keys: [UInt64])] = []
            words.withUnsafeBufferPointer { words in
                allSignatures.withUnsafeBufferPointer { signatures in
                    func signature(_ text: Int) -> UnsafeBufferPointer<UInt64> {
                        UnsafeBufferPointer(rebasing: signatures[(text * hashCount)..<((text + 1) * hashCount)])
                    }
                    for (position, a) in candidates.enumerated() {
                        let signatureA = signature(a)
                        for b in candidates[(position + 1)...] where overlapEnough(words[spans[a]], words[spans[b]], strict: strict)
                            || !strict && sameFigures(profiles[a], profiles[b]) {
                            let signatureB = signature(b)
                            // Judged in an earlier band they share?
                            guard !(0..<band).contains(where: { sameBand(signatureA, signatureB, $0) && bandKey(signatureA, $0) != nil }),
                                  detailsAgree(profiles[a], profiles[b], strict: strict) else { continue }
                            let keys = (band..<bands).compactMap { sameBand(signatureA, signatureB, $0) ? bandKey(signatureA, $0) : nil }
                            found.append((a, b, keys))
                        }
                    }
                }
            }
            return found
        }
        let ordered = alikePairs.joined().flatMap { pair in pair.keys.map { (key: $0, a: pair.a, b: pair.b) } }
            .sorted { ($0.key, $0.a, $0.b) < ($1.key, $1.a, $1.b) }
        for (_, a, b) in ordered where root(a) != root(b) {
            // Every member must be alike with every member of the other group: likeness does not
            // chain ("A ~ B ~ C" does not make A and C one).
            let (rootA, rootB) = (root(a), root(b))
            let groupA = group(a), groupB = group(b)
            let key = Int64(min(rootA, rootB)) << 32 | Int64(max(rootA, rootB))
            guard groupA.count + groupB.count <= 50, refused[key] != groupA.count + groupB.count else { continue }
            guard groupA.allSatisfy({ x in groupB.allSatisfy { y in (x == a && y == b) || alike(profiles[x], profiles[y], strict: strict) } }) else {
                refused[key] = groupA.count + groupB.count
                continue
            }
            parent[rootB] = rootA
            members[rootA] = groupA + groupB
            members[rootB] = nil
        }
        var groups: [Int: [Int]] = [:]
        for index in texts.indices { groups[root(index), default: []].append(index) }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// How many numbers two sorted lists share.
    static func sharedCount<Words: RandomAccessCollection>(_ a: Words, _ b: Words) -> Int where Words.Element == UInt64 {
        var (i, j, shared) = (a.startIndex, b.startIndex, 0)
        while i < a.endIndex, j < b.endIndex {
            let (x, y) = (a[i], b[j])
            if x == y { shared += 1 }
            if x <= y { i = a.index(after: i) }
            if y <= x { j = b.index(after: j) }
        }
        return shared
    }

    /// Whether two sorted word-number lists share enough words: Jaccard similarity at least
    /// ``minimumJaccard`` (``minimumStrictJaccard`` when `strict`), or, unless `strict`, the
    /// smaller list nearly contained in the larger. The first test of ``alike(_:_:strict:)``, run
    /// alone on every candidate pair.
    static func overlapEnough<Words: RandomAccessCollection>(_ a: Words, _ b: Words, strict: Bool) -> Bool where Words.Element == UInt64 {
        let (countA, countB) = (a.count, b.count)
        guard countA > 0, countB > 0 else { return false }
        let smaller = min(countA, countB)
        // Jaccard is at most smaller/larger: a strict pair of very different sizes is never alike.
        if strict, Double(smaller) < minimumStrictJaccard * Double(max(countA, countB)) || smaller < minimumWords { return false }
        let shared = sharedCount(a, b)
        let jaccard = Double(shared) / Double(countA + countB - shared)
        if strict { return jaccard >= minimumStrictJaccard }
        return jaccard >= minimumJaccard || Double(shared) >= minimumContainment * Double(smaller) && smaller >= minimumWords
    }

    static func alike(_ a: Profile, _ b: Profile, strict: Bool) -> Bool {
        (overlapEnough(a.ids, b.ids, strict: strict) || !strict && sameFigures(a, b)) && detailsAgree(a, b, strict: strict)
    }

    /// The profiles with their words weighed by how few of the texts use them: `ln(1 + texts /
    /// texts using the word)`.
    static func weighted(_ profiles: [Profile]) -> [Profile] {
        var using: [UInt64: Int32] = [:]
        using.reserveCapacity(profiles.count * 4)
        for profile in profiles { for id in profile.ids { using[id, default: 0] += 1 } }
        let count = Float(profiles.count)
        let table = using
        return profiles.concurrentMap { profile in
            var profile = profile
            profile.weights = profile.ids.map { log(1 + count / Float(table[$0] ?? 1)) }
            profile.totalWeight = profile.weights.reduce(0, +)
            return profile
        }
    }

    /// The weighed measures pass at this share of the plain thresholds: a rewording replaces some
    /// of a text's rarer words, which weigh more than the common ones it keeps.
    static let weightedSlack = 0.8

    /// ``overlapEnough(_:_:strict:)`` and ``sameFigures(_:_:)`` again with words weighed by how
    /// few texts use them: the share of the weight two texts share, or of the shorter text's
    /// weight the longer holds, must pass the same thresholds (at ``weightedSlack`` of them).
    /// Shared common words alone ("the same object as ... in the Python layer") do not make two
    /// texts alike.
    static func weightedOverlapEnough(_ a: Profile, _ b: Profile, strict: Bool) -> Bool {
        var (i, j) = (0, 0)
        var shared: Float = 0
        while i < a.ids.count, j < b.ids.count {
            if a.ids[i] == b.ids[j] { shared += a.weights[i]; i += 1; j += 1 } else if a.ids[i] < b.ids[j] { i += 1 } else { j += 1 }
        }
        let (weightA, weightB) = (a.totalWeight, b.totalWeight)
        let union = weightA + weightB - shared
        guard union > 0 else { return false }
        let jaccard = Double(shared / union) / weightedSlack
        if strict { return jaccard >= minimumStrictJaccard }
        let smaller = a.ids.count <= b.ids.count ? weightA : weightB
        return jaccard >= minimumJaccard
            || Double(shared) / weightedSlack >= minimumContainment * Double(smaller) && min(a.ids.count, b.ids.count) >= minimumWords
            || sameFigures(a, b) && jaccard >= minimumFigureJaccard
    }

    /// Two answers that state the same figures (two or more numbers, all of them shared) and
    /// share a fifth of their words say the same thing in other words: a figure pins what an
    /// answer says more than its wording does ("14 days' notice ... rent is charged to the end"
    /// and "give us 14 days' notice ... you keep paying rent until"). The checks of
    /// ``detailsAgree(_:_:strict:)`` still apply.
    static func sameFigures(_ a: Profile, _ b: Profile) -> Bool {
        // (The figures written in digits, or all of them: "seven days a week" beside "every day".)
        guard a.numbers.count >= 2 && a.numbers == b.numbers || a.digits.count >= 2 && a.digits == b.digits else { return false }
        let shared = sharedCount(a.ids, b.ids)
        return Double(shared) >= minimumFigureJaccard * Double(a.ids.count + b.ids.count - shared)
    }

    /// Whether every number of the sorted list `a` is in the sorted list `b`.
    static func isSubset(_ a: [UInt64], of b: [UInt64]) -> Bool {
        a.count <= b.count && sharedCount(a, b) == a.count
    }

    /// The rest of ``alike(_:_:strict:)``, for two texts that share enough words.
    static func detailsAgree(_ a: Profile, _ b: Profile, strict: Bool) -> Bool {
        // Nothing the shorter text says is lost: each of its sentences has its words (most of them)
        // in the longer one, whose wording is the one kept.
        let (shorter, longer) = a.ids.count <= b.ids.count ? (a, b) : (b, a)
        guard weightedOverlapEnough(a, b, strict: strict) else { return false }
        if !strict, shorter.ids.count < shortText || shorter.sentences.filter({ !$0.ids.isEmpty }).count <= 1 {
            return shortTextHeld(shorter, in: longer) && agree(a, b) && agree(b, a)
        }
        // A text alike only by being held in the other (a copy wrapped in other text) is held
        // sentence by sentence: each of its sentences nearly whole in one sentence of the other.
        // Its words scattered over a longer text are another statement that shares its vocabulary
        // ("Part I is an informal introduction for new users" and a paragraph about new users).
        let shared = sharedCount(a.ids, b.ids)
        let containedOnly = Double(shared) < minimumJaccard * Double(a.ids.count + b.ids.count - shared) && !sameFigures(a, b)
        // One sentence put in place of another: the rest kept word for word, one sentence held
        // by little more than its frame, in one sentence of the other and in the whole of it
        // ("Jobs are paid for from your account balance" and "Jobs are paid for by contactless
        // card at the printer"). A rewording changes its sentences alike, and two sentences joined
        // into one keep their words; a copy that keeps all but one has replaced what that one says.
        // (A substitution keeps the number of sentences; a wrapper adds its own, which the
        // other text cannot hold.)
        // So is a sentence whose closest sentence in the other text opens with the same four words
        // or more but goes on with others, each side holding words the other text never uses
        // ("Changes made after collection are free of charge" and "... are charged as a new
        // delivery"): a rewording does not keep a sentence's opening word for word and change its end.
        let counted = [a, b].map { $0.sentences.filter { $0.ids.count >= 3 }.count }
        for (text, other) in counted[0] == counted[1] ? [(a, b), (b, a)] : [(shorter, longer)] {
            let holds = text.sentences.filter { $0.ids.count >= 3 }.map { sentence in
                let shares = other.sentences.map { sharedCount(sentence.ids, $0.ids) }
                let best = shares.indices.max { shares[$0] < shares[$1] }
                let match = best.map { other.sentences[$0] }
                let inOther = sharedCount(sentence.ids, other.ids)
                let own = sentence.ids.count - inOther
                let theirs = match.map { $0.ids.count - sharedCount($0.ids, text.ids) } ?? 0
                // The frame: the words both open with, word for word; and with the words both
                // end with, the frame around a phrase put in place of another ("Crews are police
                // vetted before working at schools" / "Crews are escorted by a staff member when
                // working at schools"), each side holding two words or more the other never uses.
                let opening = match.map { zip(sentence.sequence, $0.sequence).prefix { $0 == $1 }.count } ?? 0
                let closing = match.map { zip(sentence.sequence.reversed(), $0.sequence.reversed()).prefix { $0 == $1 }.count } ?? 0
                let enclosed = opening >= 2 && closing >= 2 && opening + closing >= 5 && own >= 2 && theirs >= 2
                return (one: Double(best.map { shares[$0] } ?? 0) / Double(sentence.ids.count),
                        whole: Double(inOther) / Double(sentence.ids.count),
                        kept: other.sentences.contains { $0.ids == sentence.ids },
                        replaced: opening >= 4 && own >= 1 && theirs >= 1 || enclosed)
            }
            if holds.count >= 2, holds.filter(\.kept).count == holds.count - 1,
               holds.contains(where: { $0.one < 0.7 && $0.whole < 0.75 || $0.replaced }) { return false }
        }
        for sentence in shorter.sentences where sentence.ids.count >= 2 {
            // Its numbers count among its words: "within 15 minutes" and "within 15 minutes" agree.
            let size = Double(sentence.ids.count + sentence.numbers.count)
            if containedOnly {
                let best = longer.sentences.map { sharedCount(sentence.ids, $0.ids) + sharedCount(sentence.numbers, $0.numbers) }.max() ?? 0
                if Double(best) < minimumContainment * size { return false }
            }
            // Held by one sentence of the other, not by words scattered over it: "The hub has bike
            // racks and a step-free counter" is not held by "The hub has a waiting area" and a
            // "bike shop" two sentences away.
            let held = longer.sentences.map { sharedCount(sentence.ids, $0.ids) + sharedCount(sentence.numbers, $0.numbers) }.max() ?? 0
            if Double(held) < 0.4 * size { return false }
        }
        return agree(a, b) && agree(b, a)
    }

    /// Whether a short text (``shortText``) is held sentence for sentence in the longer: each of
    /// its sentences has the words and numbers of one sentence of the other, no more and no fewer
    /// in the same order (the longer may add sentences: a wrapper). One sentence of a few words that differs from
    /// another by a word or two is another statement made from the same template ("an existing
    /// view" and "an existing materialized view", "o1 ^ o2" and "o1 * o2", "%b ... abbreviated
    /// month name" and "%B ... full month name"), which word overlap cannot tell from a rewording.
    static func shortTextHeld(_ shorter: Profile, in longer: Profile) -> Bool {
        shorter.sentences.allSatisfy { sentence in
            sentence.ids.isEmpty && sentence.numbers.isEmpty
                || longer.sentences.contains { $0.ids == sentence.ids && $0.numbers == sentence.numbers && firstUses($0.order) == firstUses(sentence.order) }
        }
    }

    /// The words in the order of their first use: the same words in another order say another
    /// thing ("convert a Python float to a C double", "convert a C double to a Python float").
    static func firstUses(_ order: [UInt64]) -> [UInt64] {
        var seen: Set<UInt64> = []
        return order.filter { seen.insert($0).inserted }
    }

    /// Whether the sentences of `a` that `b` shares hold only numbers, names and negations `b` holds too.
    static func agree(_ a: Profile, _ b: Profile) -> Bool {
        // The sentences the two texts share hold as many negations on both sides: a text negated
        // elsewhere ("glass bottles are not allowed") does not excuse "Members can bring" against
        // "Members cannot bring", while a negation reworded ("but not SMS codes", "SMS codes are
        // not supported") keeps the count.
        guard sharedNegations(a, b) == sharedNegations(b, a) else { return false }
        for sentence in a.sentences where !sentence.ids.isEmpty {
            let overlap = Double(sharedCount(sentence.ids, b.ids)) / Double(sentence.ids.count)
            guard overlap >= 0.5 else { continue }
            // A number written only in words needs no match where the other text's sentence counts
            // nothing else ("the two tests", "seven days a week" against "every day"); against
            // another number ("two hours", "four hours") it is a figure like any other.
            let match = b.sentences.max(by: { sharedCount(sentence.ids, $0.ids) < sharedCount(sentence.ids, $1.ids) })
            let countsElse = match.map { !isSubset($0.numbers, of: a.numbers) } ?? false
            let needed = sentence.spelledNumbers.isEmpty || countsElse ? sentence.numbers : sentence.numbers.filter { !sentence.spelledNumbers.contains($0) }
            if !isSubset(needed, of: b.numbers) { return false }
            if !isSubset(sentence.names, of: b.allWords) { return false }
            // What a sentence is about is no detail: when its subject and the subject of the other
            // text's matching sentence each hold a word the other text lacks, one thing was put in
            // place of another ("Bike racks can be fitted ..." and "Roof boxes can be fitted ...",
            // "Regular members get 10% off" and "Business members get 10% off"). A subject reworded
            // into a pronoun or a different sentence shape replaces nothing.
            if !isSubset(sentence.subject, of: b.ids), let match, !isSubset(match.subject, of: a.ids) { return false }
            // Two sentences the same word for word but one content word (or two side by side) in
            // the same place: that word is what one says and the other does not ("mattress
            // covers" and "sofa covers"). A rewording changes more than one word.
            if let match, swapsOneItem(sentence, match) { return false }
            if sentence.negated, !b.negated { return false }
            // Two sentences that use one word with opposite affixes ("including" and "excluding",
            // "with" and "without") say opposite things.
            if let match, opposite(sentence, match) { return false }
            // "can only be booked by phone" and "can be booked online or by phone" differ as a
            // negation would: one closes what the other opens to more (the same sentence but for
            // the "only" and what the other adds).
            if sentence.exclusive, let match, !match.exclusive {
                let shared = sharedCount(sentence.ids, match.ids)
                // The exclusive word itself ("only") is no word the other could share.
                if shared < match.ids.count, Double(shared) >= 0.75 * Double(max(match.ids.count, sentence.ids.count - 1)) { return false }
            }
        }
        return true
    }

    /// Whether two sentences of the same length differ only in one word that may name an item,
    /// or two side by side, at the same place (numbers are compared on their own; a swapped verb
    /// is a rewording: "it is moved to" and "it is switched to").
    static func swapsOneItem(_ a: Sentence, _ b: Sentence) -> Bool {
        guard a.sequence.count == b.sequence.count, a.sequence.count >= 4 else { return false }
        var differing: [Int] = []
        for index in a.sequence.indices where a.sequence[index] != b.sequence[index] {
            differing.append(index)
            if differing.count > 2 { return false }
        }
        guard let first = differing.first, let last = differing.last, last - first <= 1 else { return false }
        return differing.allSatisfy { a.mayNameItem[$0] && b.mayNameItem[$0] }
    }

    /// How many negations the sentences of `a` whose words `b` shares (three in ten or more) hold.
    static func sharedNegations(_ a: Profile, _ b: Profile) -> Int {
        a.sentences.reduce(0) { total, sentence in
            guard !sentence.ids.isEmpty, 10 * sharedCount(sentence.ids, b.ids) >= 3 * sentence.ids.count else { return total }
            return total + sentence.negations
        }
    }

    /// Whether two sentences hold one root with different affixes: a word of one whose root
    /// (``polarityRoots(_:)``) is the root of a different word of the other.
    static func opposite(_ a: Sentence, _ b: Sentence) -> Bool {
        for (root, word) in a.roots {
            if let other = b.roots[root], other != word { return true }
        }
        return false
    }

    /// One spelling of words English writes two ways: British endings folded to American ones
    /// ("behaviour" → "behavior", "centre" → "center", "licence" → "license", "organise" →
    /// "organize"). Both texts are folded alike, so two words meet only when they are one.
    static func spellingFold(_ word: String) -> String {
        // Every ending folded here ends in one of these ASCII letters.
        guard word.utf8.count >= 5, let last = word.utf8.last, "rsedgn".utf8.contains(last) else { return word }
        let isASCIILetters = word.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        // A word holding other letters is read by its characters; the ASCII one by its bytes.
        guard isASCIILetters || word.allSatisfy(\.isLetter) else { return word }
        let count = isASCIILetters ? word.utf8.count : word.count
        guard count >= 5 else { return word }
        func replacing(_ ending: Int, with american: String) -> String { String(word.dropLast(ending)) + american }
        if word.hasSuffix("our"), count >= 6 { return replacing(2, with: "r") }
        if word.hasSuffix("ours"), count >= 7 { return replacing(3, with: "rs") }
        if word.hasSuffix("tre") || word.hasSuffix("bre") { return replacing(2, with: "er") }
        if word.hasSuffix("tres") || word.hasSuffix("bres") { return replacing(3, with: "ers") }
        if word.hasSuffix("cence"), count >= 7 { return replacing(2, with: "se") }
        for (british, american) in [("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("isation", "ization")] where word.hasSuffix(british) && count >= british.utf8.count + 4 {
            return replacing(british.utf8.count, with: american)
        }
        return word
    }

    /// Affixes that turn a word into its opposite ("unavailable", "disallowed", "excluding",
    /// "without"), and those they stand against ("including", "encouraged" against
    /// "discouraged"). Two words one root apart by these affixes say opposite things.
    static let polarityPrefixes = ["non", "un", "dis", "in", "im", "ir", "il", "ex", "de", "en", "em"]
    static let polaritySuffixes = ["out", "less"]
    static let polarityInitials = Set(polarityPrefixes.compactMap(\.utf8.first))
    static let polarityFinals = Set(polaritySuffixes.compactMap(\.utf8.last))

    /// The roots a word may be the affixed form of, with the word itself as root when it has no
    /// such affix: "excluding" → ["cluding"], "including" → ["cluding"], "with" → ["with"],
    /// "without" → ["with"]. Roots shorter than four letters are no roots ("dis|k"), except a
    /// suffixed word's ("with|out").
    static func polarityRoots(_ word: String) -> [String] {
        let bytes = word.utf8
        // A word opening with no prefix's letter and ending with no suffix's has no affix.
        guard let first = bytes.first, let last = bytes.last, polarityInitials.contains(first) || polarityFinals.contains(last) else { return [word] }
        var roots: [String] = []
        for prefix in polarityPrefixes where word.hasPrefix(prefix) {
            let rest = word.dropFirst(prefix.count)
            if rest.count >= 4 { roots.append(String(rest.drop { $0 == "-" })) }
        }
        for suffix in polaritySuffixes where word.hasSuffix(suffix) {
            let rest = word.dropLast(suffix.count)
            if rest.count >= 3 { roots.append(String(rest)) }
        }
        return roots.isEmpty ? [word] : roots
    }

    /// A sorted list of distinct numbers.
    static func sortedUnique(_ values: [UInt64]) -> [UInt64] {
        var values = values.sorted()
        var last: UInt64?
        values.removeAll { value in
            defer { last = value }
            return value == last
        }
        return values
    }

    static func hash(_ word: String) -> UInt64 { UInt64(bitPattern: ContentHash.fnv1a(word)) }

    /// What ``profile(_:lexicon:words:)`` reads from one word (lowercased, as ``WordScan`` gives
    /// it): all of it follows from the word and the lexicon, so it is worked out once per word.
    struct WordReading {
        /// Its hash, after ``spellingFold(_:)``.
        var hash: UInt64
        /// The hash of the digits it spells, when it is a number word from 2 to 999 ("two": "2").
        var spelledDigits: UInt64?
        /// Its polarity roots' hashes (``polarityRoots(_:)``), or none when it is too short to have one.
        var roots: [UInt64]
        /// It holds a digit; `year`: it is a year from 1900 to 2099.
        var numeric: Bool
        var year: Bool
        var classes: WordClasses
        /// It ends in -ed, -ing or -ly.
        var inflected: Bool
        var stem: UInt64

        init(_ word: String, lexicon: Lexicon) {
            // A word spelled the British or the American way is one word ("licence", "license").
            let lower = NearDuplicates.spellingFold(word)
            if let value = lexicon.numberWords[lower], value >= 2, value < 1_000, value == value.rounded() {
                spelledDigits = NearDuplicates.hash(String(Int(value)))
            }
            hash = NearDuplicates.hash(lower)
            roots = lower.utf8.count >= 4 && (lower.utf8.allSatisfy { $0 < 0x80 } || lower.count >= 4) || lower == "with"
                ? NearDuplicates.polarityRoots(lower).map(NearDuplicates.hash) : []
            numeric = lower.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
                || lower.utf8.contains(where: { $0 >= 0x80 }) && lower.unicodeScalars.contains(where: \.isDigitScalar)
            year = lower.utf8.count == 4 && Int(lower).map { (1900...2099).contains($0) } == true
            classes = lexicon.classes(of: lower)
            inflected = lower.hasSuffix("ed") || lower.hasSuffix("ing") || lower.hasSuffix("ly")
            stem = NearDuplicates.hash(Stemmer.stem(lower))
        }
    }

    static func profile(_ text: String, lexicon: Lexicon) -> Profile {
        var words: [String: WordReading] = [:]
        return profile(text, lexicon: lexicon, words: &words)
    }

    /// `words`: the readings of words met before (filled as words are met).
    static func profile(_ text: String, lexicon: Lexicon, words: inout [String: WordReading]) -> Profile {
        let text = Contractions.expanded(text)
        let function: WordClasses = [.determiner, .pronoun, .preposition, .auxiliary, .conjunction, .subordinator, .question, .negation]
        let verbs: WordClasses = [.auxiliary, .verb, .supportVerb, .changeVerb, .negation, .pronoun]
        var sentences: [Sentence] = []
        var current = Sentence()
        var allWords: [UInt64] = []
        var inSubject = true
        func close() {
            current.ids = sortedUnique(current.ids)
            current.numbers = sortedUnique(current.numbers)
            current.names = sortedUnique(current.names)
            current.subject = sortedUnique(current.subject)
            sentences.append(current)
            current = Sentence()
        }
        WordScan.words(text) { word, shape, opens in
            if opens, !current.ids.isEmpty || !current.numbers.isEmpty { close() }
            if opens { inSubject = true }
            let reading: WordReading
            if let known = words[word] {
                reading = known
            } else {
                reading = WordReading(word, lexicon: lexicon)
                words[word] = reading
            }
            // A number in words may be the digits the other text writes ("two hours", "2 hours"),
            // or no count at all ("the two tests", "seven days a week"): it answers for those
            // digits, and needs no number on the other side ("one", as often an article, never).
            if shape != .number, let digits = reading.spelledDigits {
                current.spelledNumbers.append(digits)
                current.numbers.append(digits)
                allWords.append(digits)
                inSubject = false
                return
            }
            let lowerHash = reading.hash
            for root in reading.roots { current.roots[root] = lowerHash }
            allWords.append(lowerHash)
            current.sequence.append(lowerHash)
            current.mayNameItem.append(false)
            if shape == .number || reading.numeric {
                inSubject = false
                // A year stamps a text; any other number is a value.
                if reading.year { return }
                current.numbers.append(lowerHash)
                return
            }
            let classes = reading.classes
            // A preposition swapped for another changes the relation ("after a meal", "before a meal").
            if classes.contains(.preposition) { current.mayNameItem[current.mayNameItem.count - 1] = true }
            if !classes.isDisjoint(with: verbs) { inSubject = false }
            if classes.contains(.negation) {
                current.negated = true
                current.negations += 1
            }
            if classes.contains(.exclusive) { current.exclusive = true }
            // A name: a capitalised word inside a sentence, or an identifier anywhere ("rgb_to_yiq").
            if shape == .identifier || !opens && (shape == .capitalized || shape == .upper) { current.names.append(lowerHash) }
            guard classes.isDisjoint(with: function) else { return }
            // A word of a class of values (a time, a month, an ordinal, a place, a tier) names one
            // value among others whatever its ending: "weekly" and "monthly" are two reports.
            let value = !classes.isDisjoint(with: [.timeWord, .month, .ordinal, .place, .tierWord])
            current.mayNameItem[current.mayNameItem.count - 1] = value || classes.isDisjoint(with: verbs) && !reading.inflected
            let stem = reading.stem
            current.ids.append(stem)
            current.order.append(stem)
            if inSubject { current.subject.append(stem) }
            // Four distinct subject words end the subject.
            if inSubject, current.subject.count >= 4, sortedUnique(current.subject).count >= 4 { inSubject = false }
        }
        close()
        let spelled = Set(sentences.flatMap(\.spelledNumbers))
        let numbers = sortedUnique(sentences.flatMap(\.numbers))
        return Profile(ids: sortedUnique(sentences.flatMap(\.ids)), numbers: numbers, negated: sentences.contains(where: \.negated),
                       digits: spelled.isEmpty ? numbers : numbers.filter { !spelled.contains($0) }, allWords: sortedUnique(allWords), sentences: sentences)
    }

    /// The MinHash signature of a set of word hashes.
    static func signature(_ shingles: [UInt64]) -> [UInt64] {
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
