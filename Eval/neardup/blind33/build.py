#!/usr/bin/env python3
"""Builds the blind33 near-duplicate corpus (neardup33: Kōtuku Window & Gutter Co., a made-up window cleaning and
gutter (spouting) company in Hamilton, New Zealand, prices in NZ dollars including GST, which cleans house and
shopfront windows on regular rounds, clears and guards gutters, treats moss on roofs, water blasts, does builders'
cleans on new builds and hires an elevating work platform for tall buildings) and pairs.json / singletons.json.
Every answer is placed in a named file; each file is then shuffled with a fixed seed, so the build is deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("fifteen percent off" / "15%"), so the numbers of a pair are
compared after number words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
T, R, W = "terms-of-trade.txt", "office-replies.txt", "leaflet-panels.txt"

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORD = re.compile(r"\b(?:(%s)(?:-(%s))?|(%s))\b" % ("|".join(TENS), "|".join(UNITS[1:10]), "|".join(UNITS)), re.I)

def numify(t):
    """Reads number words (zero to ninety-nine) as digits: 'two-storey' -> '2-storey', 'fifteen' -> '15'."""
    def rep(m):
        if m.group(1):
            return str(TENS[m.group(1).lower()] + (UNITS.index(m.group(2).lower()) if m.group(2) else 0))
        return str(UNITS.index(m.group(3).lower()))
    return NUMWORD.sub(rep, t)

def numbers(t):
    return sorted(re.findall(r"\d+", numify(t)))

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must contain no digits and no number words."""
    assert not re.search(r"\d", numify(prefix + " " + suffix)), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",  # 3 / three, two-storey / two storeys; formal terms turned into a casual reply, price moved first
  (T, "A standard house window clean shall include the exterior glass, frames and sills of all windows and ranch sliders, with interior cleaning available at an additional charge. The charge for a single-storey house of up to 3 bedrooms shall be $149, and for a two-storey house of the same size $219."),
  (R, "A standard clean for a single-level house with up to three bedrooms is $149, or $219 if it's two storeys. That covers the outside glass, frames and sills on every window and ranch slider, and we can do the insides as well for a bit extra.")),
 ("reworded",  # $179 / $179, ten percent / 10%; casual sentences cut into leaflet fragments
  (R, "Gutter clearing is $179 for a single-storey house, and we bag up all the leaves and muck and take it away with us. We flush every downpipe while we're up there and send you before and after photos. Book your windows for the same visit and you'll get ten percent off both."),
  (W, "GUTTER CLEAR: $179 single-storey. Debris bagged + taken away. Downpipes flushed. Before/after photos sent. Windows same visit = 10% off both.")),
 ("reworded",  # heavy: nearly every phrase replaced or restructured; "3 storeys" / "three storeys"
  (W, "HIGH WINDOWS: Pure-water poles from the ground up to 3 storeys. No ladders. Taller buildings = cherry picker, priced separately."),
  (T, "Windows up to a height of three storeys shall be cleaned from ground level by means of telescopic poles that deliver purified water, and no ladder shall be used for this purpose. Any building taller than this shall require an elevating work platform, the hire of which shall be quoted to the Client as a separate item.")),
 ("reworded",  # 4, 8, 12 / four, eight, twelve; 15% / fifteen percent; 2 / two; passive turned active
  (T, "Clients on a regular round shall receive a window clean every 4, 8 or 12 weeks, at a discount of 15% on the standard price. The Client shall be notified of each visit by text message 2 days in advance, and need not be present provided that access to the property is left open."),
  (R, "Go on a regular round and we'll be back every four, eight or twelve weeks, with fifteen percent off the normal price. We'll flick you a text two days before each visit, and you don't need to be home as long as we can get in.")),
 ("reordered",
  (R, "If you need to cancel a clean, please give us at least 24 hours' notice. Late cancellations are charged a call-out fee of $45. There's no charge when we postpone a clean because of rain or strong wind."),
  (W, "There's no charge when we postpone a clean because of rain or strong wind. If you need to cancel a clean, please give us at least 24 hours' notice. Late cancellations are charged a call-out fee of $45.")),
 ("reordered",
  (W, "Quotes for houses are free and are usually given over the phone from your address. Commercial buildings need a site visit, which can be arranged within 5 working days. Every price we quote includes GST, with no hidden extras."),
  (T, "Every price we quote includes GST, with no hidden extras. Quotes for houses are free and are usually given over the phone from your address. Commercial buildings need a site visit, which can be arranged within 5 working days.")),
 ("reordered",  # two sentences joined with ", and"
  (T, "Please leave side gates unlocked on the day of your clean. Dogs should be kept inside or tied up while the crew is on site. Crews arrive between 8am and 10am and stay until the job is finished."),
  (R, "Dogs should be kept inside or tied up while the crew is on site, and please leave side gates unlocked on the day of your clean. Crews arrive between 8am and 10am and stay until the job is finished.")),
 ("boilerplate",
  (W, "Spouting guards stop leaves and pine needles building up, and cost $28 per metre fitted. With guards your gutters need clearing less often, but they still need a check every couple of years."),
  (R, wrap("Kia ora, it's Mereana from the office.", "Spouting guards stop leaves and pine needles building up, and cost $28 per metre fitted. With guards your gutters need clearing less often, but they still need a check every couple of years.", "Ngā mihi, Mereana"))),
 ("boilerplate",
  (R, "Shopfront glass is cleaned weekly or fortnightly before you open, usually between 6am and 8am. Prices start at $20 a visit for a single shopfront, and that includes the door, the signage glass and the frames."),
  (T, wrap("Schedule of Rates (NZD) › Commercial › Shopfronts —", "Shopfront glass is cleaned weekly or fortnightly before you open, usually between 6am and 8am. Prices start at $20 a visit for a single shopfront, and that includes the door, the signage glass and the frames.", "All rates in this schedule include GST."))),
 ("boilerplate",
  (T, "Crew members working on a roof shall wear a harness attached to a certified anchor or static line at all times. Roof work shall be stopped when the roof is wet or when the wind makes it unsafe."),
  (W, wrap("OUR SAFETY PROMISE:", "Crew members working on a roof shall wear a harness attached to a certified anchor or static line at all times. Roof work shall be stopped when the roof is wet or when the wind makes it unsafe.", "Kōtuku crews never cut corners on safety."))),
 ("boilerplate",
  (W, "All our window cleaning is done with purified water and no soaps or chemicals, so it's safe for gardens, pets and fish ponds. The water dries spot-free and simply drains away."),
  (R, wrap("Hi there, thanks for your enquiry!", "All our window cleaning is done with purified water and no soaps or chemicals, so it's safe for gardens, pets and fish ponds. The water dries spot-free and simply drains away.", "Any questions? Flick us a message anytime."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (T, "Moss and lichen treatment: a biodegradable spray shall be applied to the roof and left to work over a period of 6 to 12 months. The treatment shall not be applied if rain is forecast within 24 hours – the spray needs a dry day to bond. A treatment for an average roof costs $260."),
  (W, "MOSS AND LICHEN TREATMENT – A biodegradable spray shall be applied to the roof and left to work over a period of 6 to 12 months!  The treatment shall not be applied if rain is forecast within 24 hours; the spray needs a dry day to bond.  a treatment for an average roof costs $260")),
 ("mixed",  # heavy: sentence order changed plus rewording, seven / 7, three / 3
  (R, "We do builders' cleans on new builds Monday to Friday between seven and three, and it's $12 a window. First we scrape off any paint, plaster and sticker residue with a fresh blade, and if there are scratches already in the glass we photograph them before we start."),
  (W, "NEW BUILD CLEANS. Paint + plaster + sticker residue scraped off w/ new blade. Existing scratches = photographed first. $12/window. Mon–Fri, 7–3.")),
 ("mixed",  # a sentence added on one side (a reason, no number, no new rule) plus rewording
  (W, "SKYLIGHTS: mention them when booking. Any we can't reach safely = quoted separately after a site check."),
  (T, "Where a property has skylights, the Client shall advise the Company of this at the time of booking. Skylights that cannot be reached safely shall be quoted separately following an inspection on site. This is because skylights often need roof access and extra safety gear, which adds to the time the job takes.")),
 ("mixed",  # rewording plus boilerplate, 3 / three
  (W, "STREAK-FREE GUARANTEE: Streaks or missed panes = free re-clean. Tell us within 3 days. Photos help."),
  (R, "Hi, thanks for getting back to us! If you spot streaks or a pane we've missed, we'll come back and clean it again at no charge. Just let us know within three days of the clean, and sending a photo really helps. Give us a bell if there's anything else you need.")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # $45 vs $55
  (T, "Unblocking a downpipe costs $45 when it is booked with a gutter clear. Blockages below ground level are referred to a drainlayer."),
  (R, "Unblocking a downpipe costs $55 when it is booked with a gutter clear. Blockages below ground level are referred to a drainlayer.")),
 ("number",  # $6 vs $8
  (R, "Insect screens are taken off, washed and refitted for $6 per screen. Torn screens can be re-meshed on request."),
  (W, "Insect screens are taken off, washed and refitted for $8 per screen. Torn screens can be re-meshed on request.")),
 ("number",  # 2 vs 3 weeks
  (W, "New customers can usually be booked in for a gutter clear within 2 weeks. Waiting times are longer in autumn when the leaves are falling."),
  (T, "New customers can usually be booked in for a gutter clear within 3 weeks. Waiting times are longer in autumn when the leaves are falling.")),
 ("item",  # decks vs driveways
  (T, "Water blasting of decks is available as an add-on when booked with a window clean. Prices start from $90 for a small area."),
  (R, "Water blasting of driveways is available as an add-on when booked with a window clean. Prices start from $90 for a small area.")),
 ("item",  # glass balustrades vs entrance canopies
  (R, "Clients on a monthly commercial contract get their glass balustrades cleaned free at every visit. The contract can be paused for up to 4 weeks over the summer holidays."),
  (W, "Clients on a monthly commercial contract get their entrance canopies cleaned free at every visit. The contract can be paused for up to 4 weeks over the summer holidays.")),
 ("item",  # Ford Ranger vs Toyota Hilux
  (W, "Each crew drives a Ford Ranger with a 400-litre pure water tank on the tray. The utes are sign-written, so you can spot us easily."),
  (T, "Each crew drives a Toyota Hilux with a 400-litre pure water tank on the tray. The utes are sign-written, so you can spot us easily.")),
 ("word",  # negation: is / isn't
  (T, "Roof access is included in the gutter clearing price for single-storey houses. Roofs steeper than 35 degrees need a harness set-up, which adds $40."),
  (R, "Roof access isn't included in the gutter clearing price for single-storey houses. Roofs steeper than 35 degrees need a harness set-up, which adds $40.")),
 ("word",  # unit: litres / gallons
  (R, "After clearing, each downpipe is flushed with about 20 litres of water to check that it drains. Slow downpipes are noted on your job sheet."),
  (W, "After clearing, each downpipe is flushed with about 20 gallons of water to check that it drains. Slow downpipes are noted on your job sheet.")),
 ("word",  # changes the meaning: before / after
  (W, "The weather is checked at 6am on the day of your clean. If we have to postpone, you'll get a text before 7am with a new date."),
  (T, "The weather is checked at 6am on the day of your clean. If we have to postpone, you'll get a text after 7am with a new date.")),
 ("sentence",
  (T, "Invoices are emailed on the day of the clean and are due within 7 days. Internet banking and credit cards are accepted. Overdue accounts are passed to a debt collector after 30 days."),
  (R, "Invoices are emailed on the day of the clean and are due within 7 days. Internet banking and credit cards are accepted. Overdue accounts are charged interest after 30 days.")),
 ("sentence",
  (R, "Our crews are trained for working at height and hold current first aid certificates. Every crew member carries photo ID. Crews are police vetted before working at schools and rest homes."),
  (W, "Our crews are trained for working at height and hold current first aid certificates. Every crew member carries photo ID. Crews are escorted by a staff member when working at schools and rest homes.")),
 ("sentence",
  (W, "Gutters on commercial buildings are cleared on weekdays only. A site induction is completed before the first visit. Green waste is taken to the transfer station for composting."),
  (T, "Gutters on commercial buildings are cleared on weekdays only. A site induction is completed before the first visit. Green waste is left in the client's own skip or bins.")),
]

exact = [  # (file, file, text) with identical text
 (R, R, "We're a locally owned business, and every job is done by our own staff rather than subcontractors. That way you'll usually see the same faces at every visit."),
 (T, W, "The Company holds public liability insurance of $2 million covering every job it carries out. A copy of the certificate can be emailed on request."),
 (W, R, "Fogging between the panes of double glazing means the seal has failed and the moisture is trapped inside the unit. Cleaning can't fix this, but we're happy to recommend a glazier."),
]

singles = [
 (T, "Any damage caused by the Company shall be reported to the Client on the day it occurs. Pre-existing damage, including cracked glass, failed seals and loose spouting brackets, shall be recorded on the job sheet before work begins."),
 (T, "The Company may decline any job where safe access cannot be provided, such as where asbestos roofing or overhead power lines are present. No charge shall be made for a visit cut short on safety grounds."),
 (T, "Keys and alarm codes supplied by the Client shall be held securely and returned when the contract ends. The Company shall not be liable for losses arising from doors or windows left open by the Client."),
 (T, "Commercial contracts shall run for an initial term of 12 months. Thereafter either party may terminate the contract by giving 30 days' written notice."),
 (T, "The Client shall move vehicles, outdoor furniture and pot plants clear of the work area before the crew arrives. Time spent moving such items may be charged at the hourly rate of $75."),
 (T, "Houses with more than four bedrooms, conservatories or leadlight windows shall be priced individually. Such prices shall be confirmed in writing after a site visit."),
 (T, "Hard water stains, overspray and concrete splashes cannot be removed by a standard clean. A restoration clean shall be quoted before any regular round begins on glass affected in this way."),
 (T, "Any dispute about an invoice shall be raised with the Company in writing before the due date. The undisputed portion of the invoice shall remain payable on time."),
 (T, "Personal information collected from the Client shall be used only to arrange and invoice work, in line with the Privacy Act 2020. It shall not be sold or passed to any third party."),
 (R, "Sorry we had to skip your street on Monday, the wind was gusting over 60 km/h and the poles just weren't safe. We've pencilled you in for Wednesday instead."),
 (R, "All sorted, I've added the garage windows to your regular round from now on. That'll put an extra $15 on each visit."),
 (R, "Thanks for the photo of the water stain on your ceiling, that looks like an overflowing gutter above the lounge. We'll send someone round tomorrow morning to have a look."),
 (R, "No worries about the dog, the crew were fine working around her. She did pinch one of their sponges though!"),
 (R, "Good news, the cherry picker is booked for the 14th for your office block. The crew will cone off two car parks by the entrance from 7am."),
 (R, "Cheers for paying so quickly! Your receipt's attached, and we'll see you on the next round in March."),
 (W, "GIFT VOUCHERS. Any value from $50. Great for new homeowners."),
 (W, "WINTER SPECIAL. Spouting cleared in June or July = free roof flashing check."),
 (W, "RATED 4.8 STARS ON GOOGLE. Over 600 local reviews."),
 (W, "NOW HIRING. Full-time crew members wanted. Heights training provided."),
 (W, "SERVICE AREA. Hamilton, Cambridge and Te Awamutu. Further afield on request."),
 (W, "STORM DAMAGE. Overflowing spouting after heavy rain = priority visit within 48 hours."),
]

files = {T: [], R: [], W: []}
def place(f, text, role):
    files[f].append((text, role))

for i, (kind, (fa, ta), (fb, tb)) in enumerate(near, 1):
    assert fa != fb, i
    place(fa, ta, ("near", i, "a")); place(fb, tb, ("near", i, "b"))
for i, (kind, (fa, ta), (fb, tb)) in enumerate(look, 1):
    assert fa != fb, i
    place(fa, ta, ("look", i, "a")); place(fb, tb, ("look", i, "b"))
for i, (fa, fb, t) in enumerate(exact, 1):
    place(fa, t, ("exact", i, "a")); place(fb, t, ("exact", i, "b"))
for i, (f, t) in enumerate(singles, 1):
    place(f, t, ("single", i, ""))

assert all(len(v) == 27 for v in files.values()), {f: len(v) for f, v in files.items()}
for kind, (fa, ta), (fb, tb) in near:  # near-duplicates carry the same numbers (number words read as digits)
    assert numbers(ta) == numbers(tb), (ta, tb)

rng = random.Random(20330807)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (T, R, W):
    items = files[f]
    rng.shuffle(items)
    with open(os.path.join(HERE, "corpus", f), "w", encoding="utf-8", newline="\n") as fh:
        for n, (text, role) in enumerate(items, 1):
            assert "\n" not in text and text == text.strip() and text
            fh.write(text + "\n")
            pos[role] = {"file": f, "line": n}

pairs = {
 "near_duplicates": [{"id": f"n{i}", "kind": k, "a": pos[("near", i, "a")], "b": pos[("near", i, "b")]}
                     for i, (k, _, _) in enumerate(near, 1)],
 "lookalikes": [{"id": f"l{i}", "differs_in": k, "a": pos[("look", i, "a")], "b": pos[("look", i, "b")]}
                for i, (k, _, _) in enumerate(look, 1)],
 "exact_duplicates": [{"id": f"e{i}", "a": pos[("exact", i, "a")], "b": pos[("exact", i, "b")]}
                      for i in range(1, len(exact) + 1)],
}
singletons = sorted((pos[("single", i, "")] for i in range(1, len(singles) + 1)),
                    key=lambda r: (r["file"], r["line"]))
with open(os.path.join(HERE, "pairs.json"), "w", encoding="utf-8") as fh:
    json.dump(pairs, fh, ensure_ascii=False, indent=1); fh.write("\n")
with open(os.path.join(HERE, "singletons.json"), "w", encoding="utf-8") as fh:
    json.dump(singletons, fh, ensure_ascii=False, indent=1); fh.write("\n")
print({f: len(v) for f, v in files.items()}, "near:", len(near), "lookalikes:", len(look),
      "exact:", len(exact), "singletons:", len(singles))
