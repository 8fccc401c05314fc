/// kb's lexicon as data: every English word kb treats specially, in one table.
///
/// One entry a line, `KIND ARGUMENTS: entry, entry, ...`; entries may be phrases; `#` starts a
/// comment. Kinds:
///
/// - `class NAME...`: words of one or more word classes (see ``WordClasses/names``).
/// - `number VALUE` / `magnitude VALUE`: number words and scale words.
/// - `comparator SYMBOL` / `comparator-after SYMBOL`: phrases that bound a quantity written after
///   (or before) them; SYMBOL is one of `<=`, `<`, `>=`, `>`, `~`.
/// - `metric NAME DIMENSION... [bound]`: one metric of the ontology, the dimensions its values may
///   have, and the phrases naming it; `bound` marks words that bound without naming a property.
/// - `unit WRITTEN CANONICAL FACTOR DIMENSION [OFFSET]` and `unit-exact ...` (case-sensitive forms).
/// - `currency CODE`: symbols, codes and words of one currency.
/// - `period UNIT COUNT`: adjectives that state a value per period ("daily" = per 1 day).
/// - `partitive`: nouns naming an amount, a group or a sort of what follows their "of".
/// - `synonyms`: words a search treats as one (general computing vocabulary and spelling variants).
///
/// A new word is a line here (and a test row), never a branch in code.
public enum LexiconData {
    public static let text = #"""
# ---- Words that point, join, relate: never an entity on their own --------------------------
class determiner: the, a, an, this, that, these, those, each, every, any, some, all, no, another, either, neither, both, such, its, their, our, your, my, his, her, whose, what, which, whichever, whatever
class pronoun: it, its, itself, they, them, their, theirs, themselves, this, that, these, those, he, she, him, her, we, us, our, you, your, yours, yourself, i, me, my, there, here, something, anything, everything, nothing, someone, anyone, everyone, somebody, anybody, none, which, who, whom, whoever
class preposition: of, in, on, at, to, for, with, without, by, from, into, onto, over, under, via, per, about, across, after, before, between, during, through, throughout, within, among, against, up, down, out, off, beyond, since, until, till, upon, toward, towards, around, above, below, than, like, as, along, behind, inside, outside, including, except, plus, vs, vs., versus, beside, besides, near, past, unlike, despite, regarding, according to, instead of, because of, due to, thanks to, out of, as of, in addition to, apart from, other than
class auxiliary: is, are, was, were, be, been, being, am, 's, has, have, had, having, do, does, did, can, could, will, would, shall, should, may, might, must, 're, 've, 'll, 'd
class negation: not, no, never, none, non, nor, cannot, can't, don't, doesn't, didn't, isn't, aren't, wasn't, weren't, won't, wouldn't, shouldn't, couldn't, hasn't, haven't, hadn't, mustn't, needn't, no longer, not yet, not currently, n't
class conjunction: and, or, nor, but, &, and/or, as well as
class subordinator: if, when, whenever, while, whereas, although, though, unless, because, since, once, until, where, wherever, whether, provided, provided that, as long as, even if, even though, in case, so that, only if, given that, assuming
class contrast: but, however, although, though, whereas, yet, except, unlike, instead, otherwise, nevertheless, nonetheless, still, conversely, alternatively
class conditional: if, when, unless, whenever, provided, until, till, once, whether
class relative: which, that, who, whom, whose
class distinct: another, other, different, separate
class owner-preposition: of, for, on, with
class complement-preposition: of, for, on, with, in, to
class object-preposition: with, on, for, in, to, from, by
class modifier-preposition: on, with, via, from
class place-preposition: in, across, within, outside, from
class comparing-preposition: of, than, as, to, like
class open-end: later, newer, above, up, onwards, onward
class clock: am, pm, a.m., p.m.
class stamp: of, in, since, updated, effective, from, during, until, as of
class yes-no: yes, no, true, false
class capability: can, cannot, can't
class anaphor: this, that, these, those, such, said, same, former, latter, above, aforementioned
class continuation: etc, et cetera, and so on, and so forth, among others, and more
# ("q" opens a question line; "a" is left out: as a word it is the article, and the answer marker
# "A:" ends at its own colon.)
class discourse: however, moreover, furthermore, also, additionally, therefore, thus, hence, instead, otherwise, meanwhile, nevertheless, nonetheless, then, so, note, importantly, finally, lastly, firstly, secondly, generally, basically, essentially, actually, indeed, yes, alternatively, similarly, likewise, consequently, accordingly, overall, anyway, besides, today, please, simply, just, now, currently, sometimes, often, usually, typically, otherwise, again, even, still, already, further, meanwhile, ok, okay, sure, well, see, also see, see also, note that, in addition, in other words, in short, in general, in practice, in fact, of course, that said, as a result, as such, for this reason, on the other hand, in particular, in this case, at the moment, right now, by contrast, in contrast, after that, as noted, as mentioned, keep in mind, remember, tip, warning, caution, important, update, updated, edit, edited, answer, question, q
class question: what, how, why, when, where, who, which, whom, whose, can, could, do, does, did, is, are, was, were, will, would, should, may, might, shall, must, have, has, how long, how much, how many, how often, how far, how fast, how big, how old, how soon
class quantifier: all, some, many, most, few, several, various, multiple, any, every, each, both, more, less, fewer, much, lots, plenty, numerous, enough, certain, other, others, additional, extra, such, same, different, own, whole, entire, full, half, only
class ordinal: first, second, third, top, bottom, fourth, fifth, sixth, seventh, eighth, ninth, tenth, last, next, previous, final, primary, secondary, latest, earliest, newest, oldest
class adverb: also, only, just, still, even, already, currently, now, always, never, often, usually, sometimes, automatically, instantly, immediately, fully, partially, directly, easily, quickly, simply, really, very, too, quite, rather, exactly, precisely, completely, entirely, mostly, mainly, largely, slightly, significantly, roughly, approximately, nearly, almost, about, around, later, soon, again, twice, once, then, there, here, today, yet, furthermore, however, more, less, most, least, well, much, further, separately, together, respectively, per, each, currently, recently, previously, formerly, originally, initially, eventually, finally, generally, typically, normally, commonly, frequently, rarely, reportedly, allegedly, possibly, probably, perhaps, likely, unlikely, ideally, optionally
class month: january, february, march, april, june, july, august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
class era: ad, bc, ce, bce, a.d., b.c.
class time-word: morning, mornings, afternoon, afternoons, evening, evenings, overnight, weekday, weekdays, weekend, weekends, daily, weekly, monthly, yearly, annually, annual, hourly, quarterly, nightly, per day, per week, per month, per year, per hour, a day, a week, a month, a year, an hour, each day, each month, every day, every month, every year
# Period adjectives: the time unit (and how many of it) a value stated "daily", "monthly" is per.
period day 1: daily, nightly
period week 1: weekly
period month 1: monthly
period month 3: quarterly
period year 1: yearly, annually, annual
period hour 1: hourly
class tier-word: plan, plans, tier, tiers, edition, editions, package, packages, subscription, subscriptions, level, levels, membership, memberships, class, bundle, bundles, license, licence, licenses, licences, program, programme, account type, card type
class place: region, regions, zone, zones, country, countries, city, cities, area, areas, location, locations, datacenter, datacentre, data center, data centre, domestic, international, abroad, worldwide, global, globally, locally, local, regional, nationwide, overseas, cross-border, onshore, offshore
class version-word: version, versions, v, release, releases, revision, rev, build, patch, gen, generation, series, mark, mk, model, chapter, chapters, section, sections, step, steps, page, pages, line, lines, item, items, question, questions, figure, table, option, rule, article, phase, stage, grade, category, room, gate, terminal, platform, route, flight, seat, channel, port, no, no., number, id, issue, ticket, pr, rfc, pep, iso, api, sdk, level, tier, class, type, part, appendix, volume, edition, episode, season, update
class generic: service, services, product, products, feature, features, option, options, customer, customers, user, users, client, clients, member, members, people, person, system, systems, thing, things, item, items, way, ways, time, times, one, value, values, number, numbers, amount, amounts, data, information, support, platform, company, team, teams, type, types, kind, kinds, case, cases, example, examples, part, parts, set, sets, use, usage, result, results, question, questions, answer, answers, issue, issues, problem, problems, detail, details, note, notes, article, page, section, help, faq, faqs, way, ways, lot, lots, number

# ---- What makes a statement context rather than evidence ---------------------------------
class hedge: might, could, may vary, may change, may differ, may take longer, possibly, perhaps, probably, likely, unlikely, reportedly, allegedly, apparently, maybe, potentially, presumably, seemingly, can vary, may vary, varies, vary, depending on, depends on, subject to change
class rumour: rumored, rumoured, rumor, rumour, rumors, rumours, speculated, speculation, leaked, unconfirmed, expected, planned, upcoming, coming soon, anticipated, forthcoming, roadmap, preview, beta, proposed, will soon, is expected to, are expected to
class example: example, examples, e.g., e.g, eg, for example, for instance, say, imagine, suppose, supposing, hypothetically, hypothetical, illustration, illustrative, sample, for illustration, as an example, worked example
class scenario: scenario, scenarios, assume, assuming, assumes, assumption, suppose, estimate, estimated, estimates, estimation, calculation, calculated, calculator, worked example, projection, projected, would cost, would pay, would save, would take, would earn, if you
class recommendation: recommend, recommended, recommends, recommendation, recommendations, should, suggest, suggested, suggests, suggestion, best practice, best practices, advise, advised, advisable, ideally, consider, tip, tips, we suggest, we recommend, rule of thumb, aim for, plan for
class typical: typically, typical, usually, usual, generally, often, normally, normal, commonly, common, average, averages, averaged, median, mean, most, mostly, in most cases, on average, as a rule, tends to, tend to, expected
class previously: previously, formerly, instead of, rather than, replacing, former, used to, earlier, originally, initially, prior, no longer, legacy, deprecated, at launch, at the time, until recently, in the past, was previously, were previously

# ---- Support, denial, exclusivity ---------------------------------------------------------
class support-verb verb: support, supports, supported, supporting, accept, accepts, accepted, accepting, allow, allows, allowed, allowing, offer, offers, offered, offering, include, includes, included, including, provide, provides, provided, providing, enable, enables, enabled, run, runs, running, handle, handles, handled, cover, covers, covered, permit, permits, permitted, let, lets, feature, features, featured, integrate, integrates, integrated, connect, connects, work, works, working, sync, syncs, synchronize, synchronizes, back, backs, protect, protects, store, stores, keep, keeps, host, hosts, serve, serves, carry, carries, fly, flies, ship, ships, deliver, delivers, earn, earns, receive, receives, get, gets, give, gives, come, comes, have, has, use, uses, pay, pays, add, adds, open, opens, issue, issues, exchange, exchanges, hold, holds, waive, waives, refund, refunds, recognise, recognises, recognize, recognizes, read, reads, play, plays, import, imports, export, exports, open, opens, need, needs, require, requires, bring, brings, show, shows, request, requests
class support-state: available, required, needed, requested, supported, compatible, included, allowed, accepted, enabled, offered, eligible, possible, permitted, provided, covered, present, on offer, in scope, unavailable, unsupported, incompatible, excluded, ineligible, prohibited, disallowed, banned, forbidden, disabled, impossible, not possible, out of scope, restricted
class negation: unavailable, unsupported, incompatible, excluded, ineligible, prohibited, disallowed, banned, forbidden, disabled, impossible, lacks, lack, lacking, missing, absent
class exclusive: only, exclusively, solely, limited to, restricted to, reserved for, exclusive to, available only, nothing but, no other, none other than, nothing else

# ---- Verbs: a noun phrase ends where one starts (common verbs of FAQ text, every form) ----
class verb: is, are, was, were, be, been, being, become, becomes, became, remain, remains, remained, stay, stays, stayed, cost, costs, costing, take, takes, took, taking, taken, make, makes, made, making, need, needs, needed, require, requires, required, requiring, use, uses, used, using, set, sets, setting, limit, limits, limited, cap, caps, capped, start, starts, started, starting, end, ends, ended, last, lasts, lasted, expire, expires, expired, apply, applies, applied, charge, charges, charged, bill, bills, billed, pay, pays, paid, earn, earns, earned, save, saves, saved, send, sends, sent, arrive, arrives, arrived, reach, reaches, reached, exceed, exceeds, exceeded, contain, contains, contained, count, counts, counted, mean, means, meant, go, goes, went, gone, come, comes, came, get, gets, got, give, gives, gave, given, keep, keeps, kept, hold, holds, held, let, lets, see, sees, saw, seen, show, shows, showed, shown, say, says, said, tell, tells, told, ask, asks, asked, try, tries, tried, want, wants, wanted, help, helps, helped, create, creates, created, delete, deletes, deleted, remove, removes, removed, change, changes, changed, move, moves, moved, store, stores, stored, restore, restores, restored, retain, retains, retained, run, runs, ran, process, processes, processed, scale, scales, scaled, grow, grows, grew, grown, rise, rises, rose, risen, fall, falls, fell, fallen, drop, drops, dropped, increase, increases, increased, decrease, decreases, decreased, reduce, reduces, reduced, lower, lowers, lowered, raise, raises, raised, double, doubles, doubled, halve, halves, halved, improve, improves, improved, cut, cuts, weigh, weighs, weighed, measure, measures, measured, allow, allows, defaults, default, defaulted, equal, equals, equaled, equalled, total, totals, totalled, amount, amounts, work, works, worked, depend, depends, depended, vary, varies, varied, happen, happens, happened, occur, occurs, occurred, fail, fails, failed, succeed, succeeds, succeeded, complete, completes, completed, finish, finishes, finished, wait, waits, waited, receive, receives, received, accept, accepts, include, includes, offer, offers, provide, provides, support, supports, enable, enables, disable, disables, disabled, upgrade, upgrades, upgraded, downgrade, downgrades, switch, switches, switched, cancel, cancels, cancelled, canceled, renew, renews, renewed, refund, refunds, refunded, deduct, deducts, deducted, add, adds, added, join, joins, joined, book, books, booked, check, checks, checked, board, boards, boarded, fly, flies, flew, travel, travels, travelled, traveled, deliver, delivers, delivered, ship, ships, shipped, sync, syncs, synced, upload, uploads, uploaded, download, downloads, downloaded, install, installs, installed, open, opens, opened, close, closes, closed, lose, loses, lost, find, finds, found, know, knows, knew, known, think, thinks, thought, call, calls, called, contact, contacts, contacted, report, reports, reported, depend, lasts, handles, covers, benefits, qualify, qualifies, qualified, reach, spend, spends, spent, withdraw, withdraws, withdrew, withdrawn, transfer, transfers, transferred, convert, converts, converted, calculate, calculates, calculated, compare, compares, compared, match, matches, matched, brought, bring, brings, went, dropped, climbed, climb, climbs, shrank, shrink, shrinks, slashed, slash, boosted, boost, extended, extend, extends, shortened, shorten, shortens, tripled, triple, quadrupled, defines, define, achieves, achieve, eliminates, eliminate, returns, return, consists, consist, refers, refer, describes, describe, guarantees, guarantee, executes, execute

class change-verb: cut, cuts, reduced, reduces, reduce, reducing, lowered, lowers, lower, dropped, drops, drop, decreased, decreases, decrease, increased, increases, increase, raised, raises, raise, grew, grows, grow, rose, rises, rise, improved, improves, improve, brought, brings, bring, went, goes, go, changed, changes, change, moved, moves, move, fell, falls, fall, doubled, doubles, halved, halves, slashed, slashes, shrank, shrinks, boosted, boosts, extended, extends, shortened, shortens, climbed, climbs, tripled, quadrupled, sped up, speeds up, trimmed, trims, upgraded, downgraded, adjusted, revised, updated, bumped, jumped, jumps, from

# ---- Arithmetic as written: operators and the words that state a result --------------------
class arithmetic-times: ×, *, times, multiplied by, @
class arithmetic-plus: +, plus, added to, adding, add, on top of
class arithmetic-minus: −, minus, less, off
class change-origin: from
class offset: early, earlier, ahead, before, beforehand, after, afterwards, late, later, prior, in advance, in advance of
class consequence: therefore, thus, hence, consequently, so, then, that is, which means, this means, as a result
class arithmetic-result: =, equals, equal to, comes to, come to, works out to, work out to, works out at, work out at, which gives, that gives, total, totals, a total of, in total, adds up to, add up to, amounts to, amount to, makes, is equal to, which is, that's, for a total of, bringing the total to, totalling, totaling, gives you, you pay, you'll pay, you will pay, brings, bringing, comes down to, come down to, leaves you, leaving you
class arithmetic-restate: or, i.e., i.e, that is, equivalent to, the equivalent of, which works out to, roughly, about, around, approximately
class arithmetic-of: of, on
class versus: vs, vs., versus, compared with, compared to, against

# A value said to be the same as another thing's ("max 3008MB - same as Lambda") holds for it too.
class same-as: same as, the same as, identical to, as with, just like, equal to that of

# ---- Numbers ---------------------------------------------------------------------------------
number 0: zero
number 1: one, a single, only a single
number 2: two
number 3: three
number 4: four
number 5: five
number 6: six
number 7: seven
number 8: eight
number 9: nine
number 10: ten
number 11: eleven
number 12: twelve, dozen, a dozen
number 13: thirteen
number 14: fourteen
number 15: fifteen
number 16: sixteen
number 17: seventeen
number 18: eighteen
number 19: nineteen
number 20: twenty
number 30: thirty
number 40: forty
number 50: fifty
number 60: sixty
number 70: seventy
number 80: eighty
number 90: ninety
number 100: hundred, a hundred, one hundred
magnitude 1000: thousand, thousands
magnitude 1000000: million, millions, mn
magnitude 1000000000: billion, billions, bn
magnitude 1000000000000: trillion, trillions

# ---- Comparators ------------------------------------------------------------------------------
comparator <=: permits, permit, allows, allow, allowed, are allowed, is allowed, lets you have, entitles you to, up to, upto, at most, no more than, not more than, maximum of, max of, a maximum of, max, max., maximum, limited to, capped at, cap of, a cap of, limit of, a limit of, limit, not exceed, cannot exceed, can't exceed, must not exceed, may not exceed, never exceeds, never exceed, does not exceed, do not exceed, won't exceed, within, no longer than, no later than, as much as, as many as, tops out at, top out at, no higher than, no larger than, no bigger than, not exceeding, ceiling of, limited at, restricted to, cannot be more than, can't be more than, must not be more than, allowance of, quota of, caps at, capped to, inside
comparator <: under, less than, fewer than, below, lower than, shorter than, smaller than, sub, beneath, not even, just under
comparator >=: at least, minimum of, min of, a minimum of, minimum, min, no less than, not less than, no fewer than, starting at, starts at, start at, starting from, from just, as little as, as few as, or more, upwards of, beginning at, must be at least, a floor of
comparator >: more than, over, above, exceeding, exceeds, exceed, greater than, higher than, longer than, larger than, bigger than, beyond, in excess of, past, surpassed, passed, just over, north of
comparator ~: about, around, approximately, approx, approx., roughly, nearly, almost, circa, ca., close to, an estimated, estimated, some, or so, ~, ≈, give or take, on the order of
comparator-after <=: maximum, max, or less, or fewer, or lower, or below, or under, at most, at the most, limit, cap, or shorter, or smaller, tops, at the latest, or earlier, maximum allowed
comparator-after >=: or more, or higher, or greater, or above, or longer, or later, or larger, or newer, minimum, at least, and up, and above, and over, plus, or better, or faster, at the earliest
comparator-after ~: or so, approximately, roughly, give or take

# ---- The metric ontology: one property a line; phrases that name it; dimensions allowed --------
metric price money money-rate percent: price, prices, cost, costs, costing, fee, fees, charge, charges, charged, pricing, priced, billed, billing, bill, pay, pays, paid, subscription fee, surcharge, surcharges, tariff, rate card, list price, sticker price, costs per, monthly fee, annual fee, flat fee, premium, premiums, rent, toll, commission
metric interest_rate percent: interest, interest rate, apr, apy, aer, yield, rate of return, annual percentage rate
metric discount percent money ratio change: discount, discounts, discounted, off, saving, savings, rebate, rebates, cashback, cash back, reward rate, markdown
metric tax percent money: tax, taxes, vat, sales tax, duty, duties
metric uptime percent: uptime, availability, sla, service level, service-level agreement
metric reduction percent ratio change: reduction, reductions, decrease, cut, drop, decline, lower, lowered, reduced, shrink, savings of, improvement
metric increase percent ratio change: increase, increases, rise, growth, gain, uplift, boost, higher, jump, hike
metric speedup ratio: faster, speedup, speed-up, quicker, times faster, x faster, slower, cheaper
metric size information: size, file size, upload size, download size, object size, attachment size, message size, payload, payload size, item size, record size, page size, block size, chunk size, max size, maximum size, filesize, upload size limit, file size limit, image size, video size, archive size, package size, bundle size, deployment package, artifact size, size limit
metric storage information: storage, storage space, disk space, disk, quota, space, capacity, storage capacity, allowance, data allowance, storage limit, storage quota, drive space, volume
metric memory information: memory, ram, heap, memory size, memory limit, memory allocation, vram, cache size
metric bandwidth information data-rate: bandwidth, data transfer, egress, ingress, traffic, transfer volume, data usage, data cap
metric speed data-rate speed: speed, speeds, download speed, upload speed, connection speed, transfer rate, transfer speed, data rate, wi-fi speed, wifi speed, internet speed, network speed, top speed, cruising speed, velocity
metric throughput count-rate data-rate: throughput, requests per second, rps, qps, tps, request rate, rate limit, rate limits, calls per second, messages per second, events per second, iops, operations per second, ops
metric latency time: latency, latencies, response time, response times, delay, delays, lag, ping, round trip, round-trip, round-trip time, rtt, wait, wait time, waiting time, queue time, reply time, first response, time to first byte, ttfb, p99, p95, p50, median latency
metric cold_start time: cold start, cold starts, cold-start, startup, start-up, startup time, start-up time, start time, boot, boot time, boots, init, initialization, initialisation, spin-up, launch time, warm-up
metric timeout time: timeout, timeouts, time-out, time out, time limit, session timeout, idle timeout, execution limit, max duration, maximum duration, times out
metric duration time: duration, run time, execution time, processing time, lasts, takes, took, turnaround, turnaround time, length, time, elapsed, completion time, build time, runtime duration, flight time, travel time, journey time, trip, trip length
metric retention time: retention, retention period, retained, kept, history, version history, versions kept, stored for, archived for, recovery window, restore window, retain, retains, kept for, keep, keeps, purged after, deleted after, trash, recycle bin, undo window
metric delivery_time time: delivery, delivery time, arrival, arrive, arrives, shipping, shipping time, transit time, settlement, settle, settles, settled, transfer time, processing, credited, clears, clearing, land, lands, posted, dispatch, dispatched, lead time
metric interval time: interval, frequency, schedule, refresh, refresh rate, polling interval, backup frequency, sync interval, snapshot interval, cadence, heartbeat
metric expiry time: validity, valid for, valid, expires, expiry, expiration, expire, lifetime, life
metric warranty time: warranty, guarantee
metric trial time: trial, free trial, trial period
metric window time: window, grace period, notice period, cooling-off period, cooling-off, dispute window, claim window, return window, returns window, refund window
metric deadline time: deadline, cut-off, cutoff, closes, close, closure, check-in, check-in window, boarding
metric term time: term, tenure, lock-in, minimum term, contract
metric age time count: age, aged, ages, years old, year-olds, minimum age, maximum age
metric weight mass: weight, weights, weighs, weigh, weighing, heavy, mass, load, payload weight, max weight, weight limit, weight allowance, baggage allowance, bag allowance
metric dimensions length: length, width, height, depth, dimensions, dimension, tall, wide, long, girth, diameter, thickness, thick, linear dimensions, screen size, size length
metric distance length: distance, range, radius, reach, travel distance, mileage
metric temperature temperature: temperature, temperatures, temp, heat, operating temperature
metric battery time charge energy: battery, battery life, battery capacity, charge time, charging time, recharge, runtime on battery
metric power power: power, wattage, output, rated power, consumption, draw, power draw, power consumption
metric energy energy: energy, energy use, energy consumption, usage, capacity energy
metric voltage voltage: voltage
metric current current: current, amperage
metric frequency frequency: frequency, clock, clock speed, refresh rate, sample rate, sampling rate
metric concurrency count: concurrency, concurrent, simultaneous, parallel, concurrent sessions, concurrent connections, connections, sessions, active sessions, seats, simultaneous streams
metric error_rate percent: error rate, failure rate, loss, packet loss, error budget
metric accuracy percent: accuracy, precision, recall, success rate, hit rate, efficiency
metric share percent: share, market share, portion, fraction, proportion, ratio
metric limit bound: limit, limits, maximum, max, cap, caps, ceiling, quota, quotas, allocation, threshold, thresholds, allowance, upper limit, hard limit, soft limit, max., restriction
metric minimum bound: minimum, min, floor, lower limit, minimum order, at least
metric default bound: default, defaults, default value, by default, out of the box

# ---- Units ------------------------------------------------------------------------------------
unit ns s 1e-9 time: ns, nanosecond, nanoseconds
unit µs s 1e-6 time: µs, μs, microsecond, microseconds
unit-exact µs s 1e-6 time: us
unit ms s 1e-3 time: ms, msec, msecs, millisecond, milliseconds
unit s s 1 time: s, sec, secs, second, seconds
unit min s 60 time: min, mins, minute, minutes
unit hour s 3600 time: h, hr, hrs, hour, hours
unit day s 86400 time: day, days, business day, business days, working day, working days, calendar day, calendar days
unit week s 604800 time: week, weeks, wk, wks
unit month s 2629800 time: month, months, mo, mos
unit year s 31557600 time: year, years, yr, yrs
unit-exact B B 1 information: B, byte, bytes
unit-exact KB B 1e3 information: KB, kB, Kb
unit KB B 1e3 information: kilobyte, kilobytes
unit-exact MB B 1e6 information: MB, Mb
unit MB B 1e6 information: megabyte, megabytes
unit-exact GB B 1e9 information: GB, Gb
unit GB B 1e9 information: gigabyte, gigabytes, gig, gigs
unit-exact TB B 1e12 information: TB, Tb
unit TB B 1e12 information: terabyte, terabytes
unit-exact PB B 1e15 information: PB
unit-exact KiB B 1024 information: KiB
unit-exact MiB B 1048576 information: MiB
unit-exact GiB B 1073741824 information: GiB
unit-exact TiB B 1099511627776 information: TiB
unit-exact x x 1 ratio: x, ×, X
unit % % 1 percent: %, percent, per cent, pct, percentage points
unit-exact nm m 1e-9 length: nm
unit µm m 1e-6 length: µm, μm, micron, microns
unit mm m 1e-3 length: mm, millimeter, millimeters, millimetre, millimetres
unit cm m 1e-2 length: cm, centimeter, centimeters, centimetre, centimetres
unit-exact m m 1 length: m
unit m m 1 length: meter, meters, metre, metres
unit km m 1e3 length: km, kilometer, kilometers, kilometre, kilometres
unit in m 0.0254 length: inch, inches, ″
unit-exact in m 0.0254 length: in.
unit ft m 0.3048 length: ft, foot, feet
unit mi m 1609.344 length: mi, mile, miles
unit nmi m 1852 length: nmi, nautical mile, nautical miles
unit mg kg 1e-6 mass: mg, milligram, milligrams
unit-exact g kg 1e-3 mass: g
unit g kg 1e-3 mass: gram, grams
unit kg kg 1 mass: kg, kgs, kilogram, kilograms, kilo, kilos
unit t kg 1e3 mass: tonne, tonnes
unit lb kg 0.45359237 mass: lb, lbs, pound, pounds
unit oz kg 0.028349523125 mass: oz, ounce, ounces
unit mL L 1e-3 volume: ml, mL, milliliter, milliliters, millilitre, millilitres
unit-exact L L 1 volume: L, l
unit L L 1 volume: liter, liters, litre, litres
unit gal L 3.785411784 volume: gal, gallon, gallons, US gallon, US gallons, U.S. gallons
unit m² m² 1 area: m², m2, sqm, square meter, square meters, square metre, square metres
unit ft² m² 0.09290304 area: ft², sqft, sq ft, square foot, square feet
unit-exact Wh Wh 1 energy: Wh
unit-exact kWh Wh 1e3 energy: kWh
unit-exact MWh Wh 1e6 energy: MWh
unit-exact J Wh 1/3600 energy: J
unit J Wh 1/3600 energy: joule, joules
unit-exact kJ Wh 1/3.6 energy: kJ
unit-exact kcal Wh 1.163 energy: kcal, Cal
unit-exact mW W 1e-3 power: mW
unit-exact W W 1 power: W
unit W W 1 power: watt, watts
unit-exact kW W 1e3 power: kW
unit kW W 1e3 power: kilowatt, kilowatts
unit-exact MW W 1e6 power: MW
unit MW W 1e6 power: megawatt, megawatts
unit hp W 745.69987 power: hp, horsepower
unit-exact BTU/h W 0.29307107 power: BTU/h, BTU/hr, Btu/h, Btu/hr, BTUh
unit-exact BTU Wh 0.29307107 energy: BTU, Btu
unit-exact V V 1 voltage: V
unit V V 1 voltage: volt, volts
unit-exact kV V 1e3 voltage: kV
unit-exact mA A 1e-3 current: mA
unit mA A 1e-3 current: milliamp, milliamps
unit-exact A A 1 current: A
unit A A 1 current: amp, amps, ampere, amperes
unit-exact mAh Ah 1e-3 charge: mAh
unit-exact Ah Ah 1 charge: Ah
unit °C °C 1 temperature: °C, ℃, degC, celsius, degrees celsius
unit °F °C 5/9 temperature -17.777777777777778: °F, ℉, degF, fahrenheit, degrees fahrenheit
unit lux lx 1 illuminance: lx, lux
unit lumens lm 1 luminous_flux: lm, lumen, lumens
unit-exact Hz Hz 1 frequency: Hz
unit Hz Hz 1 frequency: hertz
unit-exact kHz Hz 1e3 frequency: kHz
unit-exact MHz Hz 1e6 frequency: MHz
unit-exact GHz Hz 1e9 frequency: GHz
unit-exact Pa Pa 1 pressure: Pa
unit-exact kPa Pa 1e3 pressure: kPa
unit-exact MPa Pa 1e6 pressure: MPa
unit-exact bar Pa 1e5 pressure: bar
unit psi Pa 6894.757 pressure: psi
unit-exact Nm Nm 1 torque: Nm, N·m
unit-exact dB dB 1 sound_level: dB, dBA
unit km/h m/s 1/3.6 speed: km/h, kph, kmh
unit mph m/s 0.44704 speed: mph
unit-exact m/s m/s 1 speed: m/s
unit kn m/s 0.514444 speed: knot, knots, kn
unit-exact bps bit/s 1 data_rate: bps, bit/s
unit-exact kbps bit/s 1e3 data_rate: kbps, Kbps, kb/s, kbit/s
unit-exact Mbps bit/s 1e6 data_rate: Mbps, Mbit/s, Mb/s, mbps
unit-exact Gbps bit/s 1e9 data_rate: Gbps, Gbit/s, Gb/s, gbps
unit-exact MB/s B/s 1e6 data_rate: MB/s, MBps
unit-exact GB/s B/s 1e9 data_rate: GB/s, GBps
unit-exact requests/s requests/s 1 count:request/time: RPS, rps
unit-exact queries/s queries/s 1 count:query/time: QPS, qps
unit-exact transactions/s transactions/s 1 count:transaction/time: TPS, tps
unit-exact tokens/s tokens/s 1 count:token/time: t/s, tok/s, tokens/s, tokens/sec

# ---- Currencies -------------------------------------------------------------------------------
currency USD: $, US$, USD, dollar, dollars, usd
currency EUR: €, EUR, euro, euros, eur
currency GBP: £, GBP, gbp, pound sterling, sterling
currency JPY: ¥, JPY, yen
currency INR: ₹, INR, rupee, rupees
currency KRW: ₩, KRW, won
currency CHF: CHF, chf, franc, francs
currency CAD: CAD, C$, cad
currency AUD: AUD, A$, aud
currency NZD: NZD, NZ$
currency SEK: SEK, kronor, krona
currency NOK: NOK
currency DKK: DKK
currency PLN: PLN, zł, złoty, zloty, złotych
currency HUF: HUF, forint, forints
currency CZK: CZK, koruna, korun
currency CNY: CNY, RMB, yuan
currency BRL: BRL, R$, reais
currency MXN: MXN, MX$, Mex$
currency SGD: SGD, S$
currency HKD: HKD, HK$
currency ZAR: ZAR, rand
currency MYR: MYR, ringgit
currency IDR: IDR, rupiah
currency KES: KES
currency TRY: ₺, lira, liras
currency NGN: NGN, ₦, naira
currency ILS: ILS, ₪, shekel, shekels
currency PHP: ₱
currency THB: THB, ฿, baht
currency VND: VND, ₫
currency UAH: UAH, ₴, hryvnia, hryvnias
currency RUB: RUB, ₽, rouble, roubles, ruble, rubles
currency RON: lei
currency PKR: PKR
currency LKR: LKR
currency TWD: TWD, NT$
currency EGP: EGP
currency ARS: ARS
currency CLP: CLP
currency KWD: KWD
currency BHD: BHD
currency OMR: OMR
currency JOD: JOD
# (Codes that are also common words or names are left out: PHP, AED, SAR, PEN, COP, TRY, RON, ISK.)
# Symbols in letters, written before the number (glued or not) and some after it. Symbols shared by
# several currencies ("kr": Swedish, Norwegian, Danish, Icelandic krona; "Rs": the rupees of
# several countries) keep the symbol as their code (a corpus's values in them are comparable with
# each other, and the symbol names no one country), unless the corpus names one of their codes
# beside an amount ("NOK 390"): then the symbol is that currency.
currency-letters ZAR: R
currency-letters MYR: RM
currency-letters IDR: Rp
currency-letters KES: KSh, Ksh, KShs, Kshs
currency-letters CZK: Kč
currency-letters HUF: Ft
currency-letters TRY: TL
currency-letters kr: kr
currency-letters Rs: Rs
currency-letters CHF: Fr, SFr
currency-shared kr: SEK, NOK, DKK, ISK
currency-shared Rs: INR, PKR, LKR, NPR
# Names several currencies share: "450 pesos" is Mexican, Colombian, Chilean, ... pesos; the
# corpus says which when it names one of their codes beside an amount ("$1,250 MXN").
currency peso: peso, pesos
currency-shared peso: MXN, COP, CLP, ARS, DOP, UYU
currency shilling: shilling, shillings
currency-shared shilling: KES, UGX, TZS
currency-name USD: us dollar, us dollars, u.s. dollar, u.s. dollars, american dollar, american dollars
currency-name AUD: australian dollar, australian dollars
currency-name CAD: canadian dollar, canadian dollars
currency-name NZD: new zealand dollar, new zealand dollars
currency-name SGD: singapore dollar, singapore dollars
currency-name HKD: hong kong dollar, hong kong dollars
cents 0.01: cent, cents, ¢, c
# A place names the dollar its prices are in when no dollar is named: a gym in Ontario writes "$40"
# and means Canadian dollars. Countries, their states or provinces and large cities; names that
# belong to places of two currencies (Victoria, Perth, Hamilton, Darwin, Washington) are left out.
currency-place USD: United States, U.S., USA, U.S.A., America, California, Texas, Florida, New York, Illinois, Pennsylvania, Ohio, Georgia, Michigan, Massachusetts, Arizona, Colorado, Oregon, Minnesota, Virginia, Chicago, Los Angeles, San Francisco, Seattle, Boston
currency-place CAD: Canada, Canadian, Ontario, Quebec, Québec, British Columbia, Alberta, Manitoba, Saskatchewan, Nova Scotia, New Brunswick, Newfoundland, Prince Edward Island, Yukon, Nunavut, Northwest Territories, Toronto, Montreal, Montréal, Vancouver, Calgary, Edmonton, Ottawa, Winnipeg, Halifax
currency-place AUD: Australia, Australian, New South Wales, Queensland, Tasmania, South Australia, Western Australia, Northern Territory, Sydney, Melbourne, Brisbane, Adelaide, Canberra, Hobart
currency-place NZD: New Zealand, Aotearoa, Auckland, Wellington, Christchurch, Dunedin
currency-place SGD: Singapore
currency-place HKD: Hong Kong, Kowloon

# Nouns that name an amount, a group or a sort of what follows their "of": "Renting a pair of curling
# shoes is $8" is about curling shoes.
partitive: pair, pairs, set, sets, piece, pieces, couple, box, boxes, pack, packs, packet, packets, bag, bags, bottle, bottles, bunch, handful, lot, batch, batches, bundle, roll, rolls, sheet, sheets, slice, slices, cup, cups, glass, glasses, jar, jars, tin, tins, can, cans, carton, crate, portion, portions, serving, servings, dozen, kind, kinds, sort, sorts, type, types, variety, selection, range, series

# ---- Search synonyms: general computing vocabulary and spelling variants ----------------------
synonyms: delete, remove, erase, rm, unlink
synonyms: folder, directory, dir
synonyms: config, configuration, configure, settings, setting, options, preferences
synonyms: install, installation, setup, set up
synonyms: error, exception, failure
synonyms: colour, color
synonyms: behaviour, behavior
synonyms: licence, license
synonyms: initialise, initialize
synonyms: optimise, optimize
synonyms: customise, customize
synonyms: program, programme, application, app
synonyms: run, execute, launch, start
synonyms: stop, terminate, kill, end, quit, exit
synonyms: fast, quick, speed, performance
synonyms: slow, slowness, sluggish
synonyms: upgrade, update, newer version
synonyms: download, fetch, get
synonyms: login, log in, sign in, signin
synonyms: logout, log out, sign out
synonyms: password, passphrase
synonyms: disk, disc, drive
synonyms: memory, ram
synonyms: copy, duplicate, clone
synonyms: rename, move
synonyms: search, find, lookup, look up, grep
synonyms: list, enumerate
synonyms: create, make, new, add
synonyms: edit, modify, change
synonyms: show, display, print, view
synonyms: hide, conceal
synonyms: check, verify, test, validate
synonyms: doc, docs, documentation, manual
synonyms: variable, var
synonyms: function, func, method, procedure
synonyms: string, str, text
synonyms: integer, int, number
synonyms: array, list, vector
synonyms: dictionary, dict, map, hash, hashtable
synonyms: database, db
synonyms: table, relation
synonyms: column, field
synonyms: row, record
synonyms: key, keybinding, keybindings, shortcut, shortcuts, binding, bindings
synonyms: terminal, console, shell
synonyms: prompt, ps1
synonyms: package, pkg
synonyms: repository, repo
synonyms: permission, permissions, access rights
synonyms: user, account
synonyms: admin, administrator, root, superuser
synonyms: crash, segfault, core dump
synonyms: freeze, hang, hangs
synonyms: bug, defect, issue
synonyms: version, release
synonyms: compile, build
synonyms: library, lib, module
synonyms: import, load
synonyms: path, location
synonyms: web, www, internet
synonyms: size, length
synonyms: multithreading, threads, threading, concurrency
synonyms: lock, locking, mutex
synonyms: cost, price, pricing, fee
synonyms: limit, maximum, max, quota
synonyms: backup, back up
synonyms: email, e-mail, mail
"""#
}
