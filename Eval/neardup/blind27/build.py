#!/usr/bin/env python3
"""Builds the blind27 near-duplicate corpus (neardup27: the Totarahina Aquatic and Leisure Centre, a made-up
council-run swimming pool and leisure centre in New Zealand, owned by the made-up Orewha District Council,
prices in NZD, with a main pool, a learners' pool, a warm-water pool, a summer outdoor pool, a spa, a sauna,
a steam room and a hydroslide) and pairs.json / singletons.json. Every answer is placed in a named file; each file is then shuffled with a
fixed seed, so the build is deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("eight people a lane" / "8 swimmers ... each lane"), so the numbers of a pair are compared after number
words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
H, E, N = "conditions-of-entry.txt", "desk-messages.txt", "poolside-signs.txt"

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
 ("reworded",  # 8 / eight; formal conditions turned into a casual reply, "6am to 8am" / "from 6 till 8"
  (H, "During peak periods, being 6am to 8am and 5pm to 7pm on weekdays, lanes shall be designated slow, medium and fast, and patrons shall use the lane appropriate to their swimming pace. A maximum of 8 swimmers shall be admitted to each lane, swimmers shall keep to the left, and faster swimmers shall be permitted to pass at the wall."),
  (E, "On weekday mornings from 6 till 8 and evenings from 5 till 7 we set the lanes up as slow, medium and fast, so just hop in whichever lane suits your pace. We cap it at eight people a lane – keep left and let the speedier folks overtake at the end.")),
 ("reworded",  # ten / 10, thirty / 30; casual sentences cut into sign fragments
  (E, "Learn to Swim runs as a block of ten weekly lessons each school term, and every lesson is thirty minutes in the water. It works out at $16 a lesson, and you pay for the whole block when you enrol your kids."),
  (N, "LEARN TO SWIM: 10 lessons per term, 30 min each. $16 per lesson. Full term paid at enrolment.")),
 ("reworded",  # heavy: nearly every phrase replaced or restructured; 2 / two, 3 / three
  (N, "SHOWER FIRST. Runny tummy: no swimming until 2 weeks after it stops. Babies under 3: swim nappy on, always."),
  (H, "Every patron shall rinse off under a shower before entering the water. Persons who have experienced diarrhoea shall not use any pool until two weeks after their symptoms have ceased, and infants younger than three years of age shall wear close-fitting aquatic nappies at all times.")),
 ("reworded",  # forty-five / 45, thirty / 30, seven / 7; "per class" / "a session", passive -> active
  (H, "Aqua aerobics classes are charged at $9 per class, or $7 per class for holders of a SuperGold Card. Each class runs for 45 minutes, attendance is limited to 30 participants, and bookings open 7 days before the class."),
  (E, "Aqua aerobics is $9 a session, or $7 if you've got your SuperGold Card. Sessions go for forty-five minutes and we only fit thirty people in, so book through the app – it opens seven days ahead.")),
 ("reordered",
  (E, "The inflatable goes out in the main pool on Saturday and Sunday afternoons from 1pm to 3pm. Kids must be able to swim 25 metres on their own to have a go. Lifeguards may pack the inflatable away early if the pool gets too busy."),
  (N, "Lifeguards may pack the inflatable away early if the pool gets too busy. The inflatable goes out in the main pool on Saturday and Sunday afternoons from 1pm to 3pm. Kids must be able to swim 25 metres on their own to have a go.")),
 ("reordered",
  (N, "If a pool is closed for a water-quality incident, everyone must leave the water straight away. Reopening takes at least 2 hours while the water is treated and tested. Entry fees for that day are refunded at reception."),
  (H, "Entry fees for that day are refunded at reception. If a pool is closed for a water-quality incident, everyone must leave the water straight away. Reopening takes at least 2 hours while the water is treated and tested.")),
 ("reordered",  # two sentences joined with ", and"
  (H, "The Centre is open from 5:30am to 9pm on weekdays. Weekend hours are 7am to 7pm. On public holidays the Centre opens from 9am to 5pm, except on Christmas Day when it is closed."),
  (E, "Weekend hours are 7am to 7pm, and on public holidays the Centre opens from 9am to 5pm, except on Christmas Day when it is closed. The Centre is open from 5:30am to 9pm on weekdays.")),
 ("boilerplate",
  (N, "Two poolside hoists are available, one at the main pool and one at the warm-water pool. A trained lifeguard must operate the hoist, so let reception know when you arrive."),
  (E, wrap("Kia ora, Mere here from the front desk.", "Two poolside hoists are available, one at the main pool and one at the warm-water pool. A trained lifeguard must operate the hoist, so let reception know when you arrive.", "Ngā mihi, Mere"))),
 ("boilerplate",
  (E, "Pool parties cost $220 for up to 12 children, with 1 hour in the pool and 45 minutes in the party room afterwards. A $50 deposit is needed to hold the booking."),
  (H, wrap("Schedule of Fees › Part C › Private functions —", "Pool parties cost $220 for up to 12 children, with 1 hour in the pool and 45 minutes in the party room afterwards. A $50 deposit is needed to hold the booking.", "This charge is reviewed annually as part of the Council's fees and charges schedule."))),
 ("boilerplate",
  (H, "Patrons must follow the directions of lifeguards at all times. Diving is allowed only at the deep end of the main pool, where the water is at least 1.8 metres deep, and anyone who ignores a lifeguard may be asked to leave the Centre."),
  (N, wrap("ATTENTION ALL POOL USERS:", "Patrons must follow the directions of lifeguards at all times. Diving is allowed only at the deep end of the main pool, where the water is at least 1.8 metres deep, and anyone who ignores a lifeguard may be asked to leave the Centre.", "Issued by the Aquatics Team Leader."))),
 ("boilerplate",
  (N, "Towels can be hired from reception for $4 and togs for $5. Hired items must be handed back at reception before you leave."),
  (E, wrap("Hey, thanks for your message!", "Towels can be hired from reception for $4 and togs for $5. Hired items must be handed back at reception before you leave.", "Any other questions? Just flick us a message."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (H, "Spa pool: the spa is kept at 38 °C and is for patrons aged 16 and over. Patrons who are pregnant or have a heart condition should seek medical advice before use – no patron should stay in the spa for more than 15 minutes at a time. A shower must be taken before entering the spa."),
  (N, "SPA POOL – The spa is kept at 38 °C and is for patrons aged 16 and over!  Patrons who are pregnant or have a heart condition should seek medical advice before use; no patron should stay in the spa for more than 15 minutes at a time.  a shower must be taken before entering the spa")),
 ("mixed",  # heavy: sentence order changed plus rewording, ten / 10, thirty / 30
  (E, "If there's thunder or lightning within about ten kilometres, the lifeguards will clear everyone out of the outdoor pool. We wait thirty minutes after the last strike before letting anyone back in, and the indoor pools stay open the whole time."),
  (N, "STORMS: indoor pools stay open. Outdoor pool reopens 30 minutes after the last lightning strike. Lightning or thunder within 10 km: outdoor pool cleared.")),
 ("mixed",  # a sentence added on one side (a reason, no number, no new rule) plus rewording
  (N, "NO PHOTOS OR FILMING in the pool hall or changing rooms without the duty manager's permission. No phones in the changing rooms."),
  (H, "Photography and video recording are prohibited in the pool hall and changing facilities unless approved by the duty manager. Mobile phones shall not be used in the changing facilities. This condition protects the privacy of children and other patrons, who may not wish to be photographed or recorded.")),
 ("mixed",  # rewording plus boilerplate, 8 / eight, 1 / one, 4 / four
  (N, "MEMBERSHIP HOLDS: up to 8 weeks a year, minimum 1 week per hold. Over 4 weeks needs a medical certificate."),
  (E, "Kia ora, great to hear from you! You can pause your membership for up to eight weeks each year, as long as each hold lasts at least one week. If you need more than four weeks off, we'll just need a doctor's certificate. Shout out if there's anything else we can help with.")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # $58 vs $65
  (H, "A 10-swim adult concession card costs $58 and is valid for 12 months from purchase. Concession swims can also be used for aqua aerobics classes."),
  (E, "A 10-swim adult concession card costs $65 and is valid for 12 months from purchase. Concession swims can also be used for aqua aerobics classes.")),
 ("number",  # 120 vs 110 cm
  (E, "Riders on the hydroslide must be at least 120 cm tall. The slide is open on weekends and every day during the school holidays."),
  (N, "Riders on the hydroslide must be at least 110 cm tall. The slide is open on weekends and every day during the school holidays.")),
 ("number",  # $2 vs $1 coin
  (N, "Lockers in the changing rooms take a $2 coin, which comes back when you unlock them. Anything left in a locker at closing time is taken to reception."),
  (H, "Lockers in the changing rooms take a $1 coin, which comes back when you unlock them. Anything left in a locker at closing time is taken to reception.")),
 ("item",  # learners' pool vs warm-water pool
  (H, "The learners' pool is kept at 33 °C. It is closed to the public during weekday swimming lessons."),
  (E, "The warm-water pool is kept at 33 °C. It is closed to the public during weekday swimming lessons.")),
 ("item",  # Tuesday vs Thursday
  (E, "Deep-water aqua jogging runs on Tuesday evenings in the main pool. Flotation belts are provided and no booking is needed."),
  (N, "Deep-water aqua jogging runs on Thursday evenings in the main pool. Flotation belts are provided and no booking is needed.")),
 ("item",  # sauna vs steam room
  (N, "The sauna is closed for cleaning every Monday from 9am to 11am. The spa pool stays open during this time."),
  (H, "The steam room is closed for cleaning every Monday from 9am to 11am. The spa pool stays open during this time.")),
 ("word",  # negation: is / isn't
  (H, "Spa and sauna entry is included in the adult swim price. Please bring a towel to sit on in the sauna."),
  (E, "Spa and sauna entry isn't included in the adult swim price. Please bring a towel to sit on in the sauna.")),
 ("word",  # unit: weeks / days
  (E, "Current swim school students can re-enrol for next term from 3 weeks before the end of term. Places left after that are opened to new students."),
  (N, "Current swim school students can re-enrol for next term from 3 days before the end of term. Places left after that are opened to new students.")),
 ("word",  # changes the meaning: allowed / banned
  (N, "Fins and hand paddles are allowed in the fast lane during lane swimming. Kickboards and pull buoys can be borrowed from the rack by the door."),
  (H, "Fins and hand paddles are banned in the fast lane during lane swimming. Kickboards and pull buoys can be borrowed from the rack by the door.")),
 ("sentence",
  (H, "Memberships are paid by fortnightly direct debit. The first payment is taken on the day you join. Cancellations need 30 days' notice by email."),
  (E, "Memberships are paid by fortnightly direct debit. The first payment is taken on the day you join. Cancellations need 30 days' notice in person at reception.")),
 ("sentence",
  (E, "The indoor pools close for annual maintenance for 2 weeks every May. Swimming lessons do not run during the shutdown. Concession cards are extended by 2 weeks."),
  (N, "The indoor pools close for annual maintenance for 2 weeks every May. Swimming lessons do not run during the shutdown. Concession cards are not extended for those 2 weeks.")),
 ("sentence",
  (N, "Lost property is kept at reception for 30 days. Valuables are held in the duty manager's safe. Unclaimed items are donated to a local op shop."),
  (H, "Lost property is kept at reception for 30 days. Valuables are held in the duty manager's safe. Unclaimed items are thrown away.")),
]

exact = [  # (file, file, text) with identical text
 (E, E, "We're run by Ōrewha District Council, so our prices are set once a year in the council's fees and charges schedule. If you want to have your say on prices, the annual plan consultation is the best place to do it."),
 (H, N, "Glass bottles and other glass containers are not permitted anywhere on the pool concourse. Staff may remove any glass found there."),
 (N, E, "Children under 8 must be watched by a caregiver aged 16 or over who stays within arm's reach in the water. One caregiver may look after no more than 2 children under 5."),
]

singles = [
 (H, "Fees may be paid by Eftpos, credit card or cash. Cheques are not accepted at the Centre."),
 (H, "Concession cards are not refundable and may be shared only between members of the same household. A lost card may be replaced once upon presentation of proof of purchase."),
 (H, "Schools and swimming clubs may hire a private lane at $32 per lane per hour. Lane hire shall be booked at least 14 days in advance."),
 (H, "A patron who books an aqua aerobics class and does not attend may be charged the class fee unless the booking is cancelled at least 2 hours beforehand. Repeated non-attendance may result in booking privileges being suspended."),
 (H, "Swimming lessons missed through illness shall not be refunded. One make-up lesson per term may be offered upon presentation of a medical certificate."),
 (H, "Where a party booking is cancelled fewer than 7 days before the party, the deposit shall be forfeited. A party may be moved to another date once without charge."),
 (H, "Admission shall be refused to any person who appears to be affected by alcohol or drugs. Management may exclude any person whose behaviour endangers others."),
 (H, "The Centre accepts no liability for loss of or damage to property left in lockers, changing rooms or on the pool deck. Patrons are advised to leave valuables at home."),
 (H, "The hydroslide may be closed without notice at the discretion of the duty lifeguard, including in high winds or when staffing is limited. No refund is given for slide closures."),
 (E, "So sorry about the queue at reception this morning, we had two staff off sick. We've got extra people rostered on for tomorrow so it should be heaps quicker."),
 (E, "Good news, the outdoor pool opens for the summer this Saturday! It'll be open every day until the end of March, weather permitting."),
 (E, "Cheers for letting us know about the broken shower in the men's changing room. Our maintenance guy is onto it and it should be sorted by this arvo."),
 (E, "Yep, you're welcome to bring your own floaties for the kids as long as they fit properly. We've got some to borrow at the lifeguard station too."),
 (E, "Sweet as, I've pencilled your party in for the 14th at 2pm. You'll get a confirmation email with the party pack shortly."),
 (E, "No worries, your refund for the cancelled lesson block has gone through. It should show up in your account within 3 to 5 working days."),
 (N, "NO RUNNING. Walk on the pool deck at all times."),
 (N, "DEEP WATER. 2 metres. Non-swimmers stay in the shallow end."),
 (N, "SPA: maximum 10 people at a time. Get out if you feel dizzy or unwell."),
 (N, "Wring out your togs in the spinner, not on the floor. Spinners are next to the showers."),
 (N, "HOIST IN USE. Please keep this area clear."),
 (N, "FAMILY CHANGING ROOMS are beside the learners' pool. Use them with children of any age."),
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

rng = random.Random(20270314)
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
