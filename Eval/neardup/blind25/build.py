#!/usr/bin/env python3
"""Builds the blind25 near-duplicate corpus (neardup25: Kilbrenna Welfare Hire, a made-up family-run company
in the Irish midlands that hires out and services portable toilets, toilet trailers and welfare units for
building sites and outdoor events, prices in euros, with two depots: Rathcullen and Ardmoyle) and
pairs.json / singletons.json. Every answer is placed in a named file; each file is then shuffled with a
fixed seed, so the build is deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("one service a week" / "1 service visit per week"), so the numbers of a pair are compared after number
words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
H, E, N = "hire-terms.txt", "office-texts.txt", "unit-notices.txt"

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORD = re.compile(r"\b(?:(%s)(?:-(%s))?|(%s))\b" % ("|".join(TENS), "|".join(UNITS[1:10]), "|".join(UNITS)), re.I)

def numify(t):
    """Reads number words (zero to ninety-nine) as digits: 'fifteen minutes' -> '15 minutes', 'twenty-four' -> '24'."""
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
 ("reworded",  # 1 / one; passive -> active, formal terms -> casual text message
  (H, "The hire charge for each standard toilet includes 1 service visit per week, during which the waste tank is emptied, the unit is cleaned and consumables are replenished. Additional service visits shall be charged at €38 per visit."),
  (E, "Your hire price covers one service a week, so the lads pump out the tank, give the unit a good clean and top up the loo roll and sanitiser. If you want us out more often than that, it's €38 for each extra visit.")),
 ("reworded",  # ten / 10, twenty-five / 25; sentences cut into notice-style fragments
  (E, "As a rule of thumb we'd say one toilet for every ten workers on a normal 40 hour week. If you've more than twenty-five lads on site you'll want a urinal unit as well, otherwise the queues build up."),
  (N, "SITE SIZING: 1 toilet per 10 workers (40-hour week). Over 25 workers on site: add a urinal unit.")),
 ("reworded",  # heavy: nearly every phrase replaced or restructured; €65 / sixty-five euro
  (N, "NOTHING BUT TOILET PAPER DOWN THE TOILET. No nappies, wipes, sanitary towels or rubbish. Blocked units cost €65 to clear."),
  (H, "The Hirer shall ensure that users deposit only human waste and toilet tissue in the units, and baby nappies, wet wipes, feminine hygiene products and litter are expressly excluded. Any service visit at which foreign objects must be removed from the tank before pumping shall incur a charge of sixty-five euro.")),
 ("reworded",  # 2 / two; "each" in place of "per visit", clauses moved, passive -> active
  (H, "Delivery and collection shall each be charged at €95 for sites within 30 km of either depot, plus €2 per kilometre beyond that distance. Orders shall be placed no later than 2 working days before the required delivery date."),
  (E, "Drop-off and pick-up are €95 each, once you're within 30 km of either of our yards – past that we add €2 a km. Just give us two working days' notice before you need the units on site and you're sorted.")),
 ("reordered",
  (E, "The hand-wash station holds 80 litres of fresh water, enough for roughly 400 washes. It is refilled at every service visit. Soap and paper towels are topped up at the same time."),
  (N, "Soap and paper towels are topped up at the same time. The hand-wash station holds 80 litres of fresh water, enough for roughly 400 washes. It is refilled at every service visit.")),
 ("reordered",
  (N, "From November to March, every unit is dosed with a non-toxic antifreeze at each service. Keep cabin doors closed overnight in frost. Report a frozen flush or tap to the depot the same day."),
  (H, "Report a frozen flush or tap to the depot the same day. From November to March, every unit is dosed with a non-toxic antifreeze at each service. Keep cabin doors closed overnight in frost.")),
 ("reordered",  # two sentences joined with ", and"
  (H, "Both depots are open from 7am to 5pm, Monday to Friday. The Rathcullen depot also opens on Saturdays from 8am to 1pm. Hirers collecting units on their own trailer must book a loading slot at least 24 hours in advance."),
  (E, "The Rathcullen depot also opens on Saturdays from 8am to 1pm, and hirers collecting units on their own trailer must book a loading slot at least 24 hours in advance. Both depots are open from 7am to 5pm, Monday to Friday.")),
 ("boilerplate",
  (N, "A refundable deposit of €150 is held for each welfare cabin. It is returned within 10 working days of collection, minus the cost of any damage or missing keys."),
  (E, wrap("Hi, Aoife here from the Kilbrenna office.", "A refundable deposit of €150 is held for each welfare cabin. It is returned within 10 working days of collection, minus the cost of any damage or missing keys.", "Thanks a million, Aoife"))),
 ("boilerplate",
  (E, "Units are insured against fire and storm damage while on hire. Theft and vandalism are the hirer's responsibility unless Damage Waiver is added at €6 per unit per week."),
  (H, wrap("Terms of Hire › Part D › Loss and damage —", "Units are insured against fire and storm damage while on hire. Theft and vandalism are the hirer's responsibility unless Damage Waiver is added at €6 per unit per week.", "This clause forms part of the hire agreement and should be read with the schedule of charges."))),
 ("boilerplate",
  (H, "Welfare units must be placed on firm, level ground no more than 25 metres from a point the service tanker can reach. The access route must be at least 3 metres wide and kept clear on service days."),
  (N, wrap("NOTICE TO ALL SITE MANAGERS:", "Welfare units must be placed on firm, level ground no more than 25 metres from a point the service tanker can reach. The access route must be at least 3 metres wide and kept clear on service days.", "Issued by the Kilbrenna transport office."))),
 ("boilerplate",
  (N, "Event toilet trailers need a 16-amp power supply and a mains water connection within 20 metres. Generators and water bowsers can be hired separately."),
  (E, wrap("Hiya, Kilbrenna office here.", "Event toilet trailers need a 16-amp power supply and a mains water connection within 20 metres. Generators and water bowsers can be hired separately.", "Any other questions? Just reply to this text."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (H, "Accessible units: each accessible toilet has a ramp, grab rails and an internal floor space of 1.6 m by 1.6 m. Events with more than 500 expected visitors must include at least 1 accessible unit for every 10 standard toilets – the organiser's licence may depend on it. Accessible units should be placed on level ground close to a hard path."),
  (N, "ACCESSIBLE UNITS – Each accessible toilet has a ramp, grab rails and an internal floor space of 1.6 m by 1.6 m!  Events with more than 500 expected visitors must include at least 1 accessible unit for every 10 standard toilets; the organiser's licence may depend on it.  accessible units should be placed on level ground close to a hard path")),
 ("mixed",  # heavy: sentence order changed plus rewording, four / 4
  (E, "If a unit's overflowing or gets damaged between services, ring the office and we'll have a tanker out to you within four hours, Monday to Friday. The callout's €120, or €240 on Sundays and bank holidays."),
  (N, "EMERGENCY CALLOUT: €120, or €240 on Sundays and bank holidays. Weekdays: tanker on site within 4 hours. Ring the depot if a unit is full or damaged between services.")),
 ("mixed",  # a sentence added on one side (a reason, no number, no new instruction) plus rewording
  (N, "Never pour bleach or household cleaners into the toilet tank. They kill the blue treatment fluid and cause bad smells."),
  (H, "The Hirer shall not put bleach or any domestic cleaning product into the waste tank. Such products neutralise the deodorising fluid and result in odours. This is because the fluid relies on enzymes to break down waste between service visits, and chlorine destroys those enzymes.")),
 ("mixed",  # rewording plus boilerplate, 1 / one
  (N, "MINIMUM HIRE: 1 week for building sites, 1 day for events. Extra days after the first week are charged pro rata."),
  (E, "Thanks for getting in touch! For building sites the shortest hire is one week, while events can be as short as one day. Once the first week's up, any extra days are charged pro rata. Give us a shout if there's anything else you need.")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # €450 vs €550
  (H, "The luxury toilet trailer costs €450 for a weekend event, including delivery within 30 km. An attendant can be booked to keep it clean for the whole event."),
  (E, "The luxury toilet trailer costs €550 for a weekend event, including delivery within 30 km. An attendant can be booked to keep it clean for the whole event.")),
 ("number",  # 30 vs 60 minutes
  (E, "Welfare cabin heaters switch off automatically after 30 minutes. Press the timer button again to restart them."),
  (N, "Welfare cabin heaters switch off automatically after 60 minutes. Press the timer button again to restart them.")),
 ("number",  # €4 vs €5
  (N, "Screening panels to hide a toilet block cost €4 per panel per week. The panels are delivered with the toilets at no extra charge."),
  (H, "Screening panels to hide a toilet block cost €5 per panel per week. The panels are delivered with the toilets at no extra charge.")),
 ("item",  # Rathcullen vs Ardmoyle
  (H, "The Rathcullen depot has a wash bay where hirers can return units they have cleaned themselves. Returned units are inspected before the deposit is released."),
  (E, "The Ardmoyle depot has a wash bay where hirers can return units they have cleaned themselves. Returned units are inspected before the deposit is released.")),
 ("item",  # bank transfer vs card
  (E, "Event hires are paid in full by bank transfer when the booking is made. A receipt is emailed as soon as the payment clears."),
  (N, "Event hires are paid in full by card when the booking is made. A receipt is emailed as soon as the payment clears.")),
 ("item",  # shower units vs drying rooms
  (N, "Shower units are supplied from the Ardmoyle depot only. Book them at least 10 days before they are needed."),
  (H, "Drying rooms are supplied from the Ardmoyle depot only. Book them at least 10 days before they are needed.")),
 ("word",  # negation: is / isn't
  (H, "Toilet roll is included in the weekly service. Paper towels and soap refills are charged separately by the box."),
  (E, "Toilet roll isn't included in the weekly service. Paper towels and soap refills are charged separately by the box.")),
 ("word",  # unit: litres / gallons
  (E, "The waste tank in a standard toilet holds 250 litres, which is roughly 200 uses. Busy sites may need more than the weekly service."),
  (N, "The waste tank in a standard toilet holds 250 gallons, which is roughly 200 uses. Busy sites may need more than the weekly service.")),
 ("word",  # changes the meaning: recommended / required
  (N, "Ground anchors are recommended for units at exposed coastal and hillside sites. The driver fits them free of charge at delivery."),
  (H, "Ground anchors are required for units at exposed coastal and hillside sites. The driver fits them free of charge at delivery.")),
 ("sentence",
  (H, "Building site hires are invoiced every 4 weeks. Invoices can be paid by bank transfer or card. Account customers pay within 30 days of the invoice date."),
  (E, "Building site hires are invoiced every 4 weeks. Invoices can be paid by bank transfer or card. Account customers pay by direct debit 30 days after the invoice date.")),
 ("sentence",
  (E, "Each welfare cabin comes with two sets of keys. Keys should be handed back to the driver at collection. A spare set can be posted out the same day."),
  (N, "Each welfare cabin comes with two sets of keys. Keys should be handed back to the driver at collection. A spare set can be picked up from the depot counter.")),
 ("sentence",
  (N, "Event bookings can be cancelled up to 7 days before delivery. Cancellations must be made in writing. The full hire charge is refunded."),
  (H, "Event bookings can be cancelled up to 7 days before delivery. Cancellations must be made in writing. Only the delivery charge is kept and the rest is refunded.")),
]

exact = [  # (file, file, text) with identical text
 (E, E, "Kilbrenna is a family-run business based in the midlands, and we've been hiring out site toilets since 1994. We're not part of any national chain."),
 (H, N, "Units must not be painted, stickered or branded without written permission. Removing unapproved signage is charged to the hirer."),
 (N, E, "Units returned on your own trailer must be emptied of rubbish and tied down with two straps. Units that arrive unsecured will not be unloaded."),
]

singles = [
 (H, "Hirers without a credit account shall pay the first 4 weeks' hire in advance by card. A credit account may be opened once the Hirer has a hire history of 3 months with the Company."),
 (H, "All units remain the property of the Company at all times. The Hirer shall not sublet, lend or relocate any unit to another site without written consent."),
 (H, "The Hirer is responsible for obtaining any permit needed to place units on a public road or footpath. The Company will supply unit dimensions for such an application on request."),
 (H, "All waste removed from the units is taken to a licensed treatment plant. Waste transfer records can be provided for environmental audits on request."),
 (H, "Shower units require a 32-amp supply and a mains water feed. The hot water cylinder takes about an hour to heat from cold."),
 (H, "After the minimum hire period, building site hires may be ended at any time with 2 working days' notice. Hire charges cease on the day the units are collected."),
 (H, "Drying rooms contain heated clothes rails and boot racks for up to 12 workers. They are serviced on the same day as the toilets on that site."),
 (H, "For events, the Company recommends at least 1 toilet per 75 guests for an event lasting up to 6 hours. Where alcohol is served, further units should be added."),
 (H, "Damage caused by misuse, fire or vehicle impact shall be charged to the Hirer at repair cost. Fair wear and tear is not charged."),
 (E, "Sorry about that, the driver got held up at a job in town. He's on his way to you now and should be there within the hour."),
 (E, "Just a heads up that the lads will be out to service your units tomorrow morning. Please leave the gate open or give the padlock code to the foreman."),
 (E, "Thanks for the photos! That door hinge is definitely gone, so I've booked a fitter to come out and swap the unit."),
 (E, "No bother, I've added an extra urinal to your order for Saturday. You'll get an updated invoice by email later today."),
 (E, "I'm afraid we're fully booked for the bank holiday weekend. I can put you on the waiting list in case anything frees up."),
 (E, "Your units have been collected and the site's all clear. Your deposit should be back in your account in a few days."),
 (N, "WASH YOUR HANDS. Use the sanitiser after every visit."),
 (N, "NO SMOKING in any unit or cabin. Fines apply on this site."),
 (N, "Slide the bolt fully when inside. The door sign then shows ENGAGED."),
 (N, "KEEP THE LID DOWN. It keeps smells in the tank."),
 (N, "DEPOT COUNTER: Have your booking reference ready. Trailers load in the rear yard only."),
 (N, "Turn off the cabin heater and lights when you leave. Close all windows at night."),
]

files = {H: [], E: [], N: []}
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

rng = random.Random(20260611)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (H, E, N):
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
