#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the gliding domain (Tallowood Gliding Club)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "member-answers.txt", "instructor-notes.md", "visitor-faq.html", "qna-knowledge-base.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The Word FAQ page says the club flies on Wednesdays, Saturdays and Sundays, while the knowledge base says flying happens on Saturdays, Sundays and public holidays only (no Wednesday).",
  "days the club flies", side(H, "We fly every Wednesday, Saturday and Sunday, all year round"), side(J, "Flying happens on Saturdays, Sundays and public holidays only")),
 ("list", "The member answers say full flying membership covers the insurance levy, parachute hire and the clubhouse, while the instructor notes say the fee only pays for insurance and clubhouse access (parachute hire is $10 a day on top).",
  "what the membership fee includes", side(T, "Your full flying membership covers the insurance levy, parachute hire and use of the clubhouse"), side(M, "The membership fee only pays for insurance and clubhouse access")),
 ("list", "The member answers accept card or bank transfer only, while the knowledge base also accepts cash at the launch point.",
  "accepted payment methods", side(T, "We take payment by card or bank transfer only"), side(J, "You can pay by card, bank transfer or cash at the launch point")),
 # polarity
 ("polarity", "The member answers welcome dogs on a lead around the clubhouse, while the Word FAQ page bars animals from the airfield and the clubhouse.",
  "dogs at the airfield", side(T, "Well-behaved dogs on a lead are welcome around the clubhouse"), side(H, "animals aren’t allowed anywhere on the airfield or in the clubhouse")),
 ("polarity", "The instructor notes let visitors and members camp free beside the hangar, while the knowledge base says overnight camping at the airfield isn't permitted.",
  "camping at the airfield", side(M, "Visitors and members may camp free of charge beside the hangar"), side(J, "Overnight camping at the airfield isn't permitted")),
 ("polarity", "The Word FAQ page refunds unused vouchers in full, while the instructor notes say gift vouchers can't be cashed in or refunded.",
  "refunds of unused vouchers", side(H, "An unused voucher can be refunded in full"), side(M, "Gift vouchers can't be cashed in or refunded")),
 # numeric
 ("numeric", "The member answers make gift vouchers valid for 12 months, while the knowledge base says they must be redeemed within six months.",
  "gift voucher validity", side(T, "Gift vouchers are valid for 12 months from the date of purchase"), side(J, "A voucher has to be redeemed within six months of being bought")),
 ("numeric", "The Word FAQ page takes two-seater passengers up to 110 kg, while the instructor notes put the front-seat maximum at 100 kg.",
  "maximum passenger weight in the two-seaters", side(H, "Passengers weighing up to 110 kg can fly in our two-seaters."), side(M, "The heaviest front-seat occupant the two-seaters can carry is 100 kg")),
 ("numeric", "The knowledge base prices a winch launch at $25, while the Word FAQ page charges $30.",
  "price of a winch launch", side(J, "Winch launches are $25 each"), side(H, "We charge $30 for every launch on the winch")),
 ("numeric", "The member answers put 20 launches in the beginners' course, while the instructor notes say it comes with 15 instructional flights.",
  "flights included in the beginners' course", side(T, "The ab-initio course for new pilots includes 20 launches with an instructor"), side(M, "Our learn-to-fly course for beginners comes with 15 instructional flights")),
 # arithmetic
 ("arithmetic", "45 minutes x $1.80 is $81, not $91.",
  "hire cost of a 45-minute two-seater flight", side(T, "Hiring a two-seater costs $1.80 per minute of flight"), side(T, "so a 45-minute flight comes to $91")),
 ("arithmetic", "12 x $45 is $540 a year, not $560.",
  "yearly total of junior membership payments", side(H, "in twelve monthly payments of $45 by direct debit"), side(H, "which comes to $560 across the year")),
 ("arithmetic", "6 x $35 is $210, not $240.",
  "price of the whole ground school series", side(J, "The ground school series is six evening sessions at $35 each"), side(J, "so the whole series costs $240")),
 # stale
 ("stale", "A 2022 note counts six gliders in the fleet, while a 2025 answer counts nine sailplanes.",
  "number of club gliders", side(M, "(2022) The club fleet is six gliders"), side(H, "As of 2025, we operate nine sailplanes")),
 ("stale", "A 2023 record puts full flying membership at $1,050 a year, while a 2025 answer says an adult flying member pays $1,200 annually.",
  "adult flying membership fee", side(J, "(2023) Full flying membership is $1,050 a year"), side(T, "Since 2025, an adult flying member pays $1,200 annually")),
 ("stale", "A 2023 answer prices a trial flight at $195, while a 2024 note prices an air experience flight at $230.",
  "price of a trial flight", side(H, "(2023) A trial flight costs $195, including the aerotow"), side(M, "Since 2024, an air experience flight has been $230")),
]

traps = [
 ("Different tow height: $75 to 2,000 feet, $95 to 3,000 feet.",
  side(T, "An aerotow to 2,000 feet is $75"), side(J, "A higher tow to 3,000 feet costs $95")),
 ("Different kind of storage: hangar space $65 a month, a trailer parking spot $20 a month.",
  side(M, "Hangar space for a privately owned glider is $65 a month"), side(H, "a trailer parking spot costs $20 a month")),
 ("Different region: pilots from another Australian club pay $40 a week, overseas pilots $60 a week.",
  side(H, "Pilots visiting from another Australian club pay $40 a week"), side(J, "Overseas pilots take out temporary membership at $60 a week")),
 ("Different customer type: members pay $25 a night for a bunk, non-members $45 a night.",
  side(M, "Members pay $25 a night for a bunk in the clubhouse"), side(T, "Non-members can book a clubhouse bunk for $45 a night")),
 ("Similarly named passes: Soaring Pass $640, Soaring Pass Plus $980.",
  side(J, "The Soaring Pass costs $640 for the summer season"), side(H, "Soaring Pass Plus is $980 for the summer season")),
 ("Same value in other units: 2,300 feet is about 700 metres.",
  side(T, "The airfield's elevation is 2,300 feet"), side(J, "Yarrabee is a high field, about 700 metres above sea level")),
 ("Correct computation: 50 minutes at $1.20 a minute is $60.",
  side(H, "Single-seaters are hired at $1.20 a minute of flying time"), side(H, "so a 50-minute flight costs $60")),
 ("Correct percentage: a 1.5% surcharge on $400 is $6, so $406.",
  side(T, "Card payments carry a 1.5% surcharge"), side(T, "so a $400 top-up costs $406 when you pay with a card")),
 ("About 50 launches lies inside the 40 to 60 range.",
  side(M, "Most students go solo after 40 to 60 launches"), side(H, "A typical student needs about 50 launches before going solo.")),
 ("An hour is a hedged example ('For example ... might'), not the usual 25 minutes in the air.",
  side(J, "a trial flight might stay up for as long as an hour"), side(T, "A trial flight usually gives you about 25 minutes in the air")),
 ("The $60 social membership is explicitly the rate before the 2024 fee review; $90 a year is current.",
  side(M, "Social membership used to be $60 a year, before the 2024 fee review"), side(J, "Social membership is $90 a year")),
 ("'Up to three hours' is the longest a visit takes; most trial flight guests stay about 90 minutes.",
  side(H, "Allow up to three hours for your visit"), side(M, "Most trial flight guests are on the field for about 90 minutes")),
 ("The list of clubhouse facilities is open ('such as'), so the flight simulator is consistent.",
  side(T, "The clubhouse has facilities such as showers, a kitchen, a lounge and a briefing room"), side(J, "There's also a flight simulator in the hangar loft")),
 ("The same minimum solo age stated in both directions (15 or older / not under 15).",
  side(M, "Students can fly solo once they are 15 or older"), side(H, "No one under 15 is sent solo")),
]

DOMAIN = ("Tallowood Gliding Club, a fictional gliding club at Yarrabee airfield in country New South Wales, Australia "
          "(prices in Australian dollars, GST included): trial flights and gift vouchers, full, junior, social and "
          "temporary memberships, the Soaring Pass and Soaring Pass Plus, aerotow and winch launches, glider hire, "
          "the beginners' course and ground school, going solo, weight limits, the fleet, storage, bunks and camping, "
          "payments, visiting rules and facilities.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# member answers (10 answers)
aq = "Gift vouchers are valid for 12 months"
cl(T, aq, "Gift vouchers are valid for 12 months from the date of purchase, and you can book your flight online with the voucher code", "12 months", 12, 12, "month", "=", "gift voucher", "validity", "duration")
aq = "The ab-initio course for new pilots includes 20 launches"
cl(T, aq, "The ab-initio course for new pilots includes 20 launches with an instructor, and the lectures are held in the clubhouse", "20 launches", 20, 20, "launches", "=", "beginners' course", "launches included", "count")
aq = "Hiring a two-seater costs $1.80 per minute of flight"
sq = "Hiring a two-seater costs $1.80 per minute of flight, so a 45-minute flight comes to $91"
cl(T, aq, sq, "$1.80 per minute", 1.8, 1.8, "AUD/minute", "=", "two-seater hire", "hire rate", "price")
cl(T, aq, sq, "45-minute", 45, 45, "minute", "=", "example two-seater flight", "flight length", "duration")
cl(T, aq, sq, "$91", 91, 91, "AUD", "=", "45-minute two-seater flight", "total hire cost", "price")
aq = "Since 2025, an adult flying member pays $1,200 annually"
cl(T, aq, "Since 2025, an adult flying member pays $1,200 annually, and you can join at the launch point or through the website", "$1,200 annually", 1200, 1200, "AUD/year", "=", "adult flying membership", "membership fee", "price")
aq = "An aerotow to 2,000 feet is $75"
sq = "An aerotow to 2,000 feet is $75, which is plenty for a first soaring flight on a good day"
cl(T, aq, sq, "2,000 feet", 2000, 2000, "ft", "=", "standard aerotow", "release height", "other")
cl(T, aq, sq, "$75", 75, 75, "AUD", "=", "aerotow to 2,000 feet", "launch price", "price")
aq = "Non-members can book a clubhouse bunk for $45 a night"
cl(T, aq, "Non-members can book a clubhouse bunk for $45 a night, and linen is supplied", "$45 a night", 45, 45, "AUD/night", "=", "clubhouse bunk for non-members", "price per night", "price")
aq = "Card payments carry a 1.5% surcharge"
sq = "Card payments carry a 1.5% surcharge, so a $400 top-up costs $406 when you pay with a card"
cl(T, aq, sq, "1.5%", 1.5, 1.5, "%", "=", "card payments", "surcharge", "percentage")
cl(T, aq, sq, "$400", 400, 400, "AUD", "=", "example account top-up", "amount topped up", "price")
cl(T, aq, sq, "$406", 406, 406, "AUD", "=", "$400 top-up paid by card", "amount charged", "price")
aq = "A trial flight usually gives you about 25 minutes in the air"
cl(T, aq, "A trial flight usually gives you about 25 minutes in the air, and the instructor will let you take the controls once you're off tow", "about 25 minutes", 25, 25, "minute", "~", "trial flight", "time in the air", "duration")
aq = "The airfield's elevation is 2,300 feet"
cl(T, aq, "The airfield's elevation is 2,300 feet, so on summer afternoons the cloud base is often a long way above the tug", "2,300 feet", 2300, 2300, "ft", "=", "Yarrabee airfield", "elevation", "other")
aq = "The clubhouse is a 10-minute drive from Yarrabee township"
cl(T, aq, "The clubhouse is a 10-minute drive from Yarrabee township along Corella Road, and the gate code is in your booking email", "10-minute", 10, 10, "minute", "=", "clubhouse", "drive from Yarrabee township", "duration")

# instructor notes (10 answers)
aq = "The membership fee only pays for insurance and clubhouse access."
cl(M, aq, "Parachute hire is on top, at $10 a day, and goes on the member's flying account", "$10 a day", 10, 10, "AUD/day", "=", "parachute hire", "hire price", "price")
aq = "The heaviest front-seat occupant the two-seaters can carry is 100 kg"
cl(M, aq, "The heaviest front-seat occupant the two-seaters can carry is 100 kg, clothing and parachute included", "100 kg", None, 100, "kg", "<=", "front-seat occupant of a two-seater", "maximum weight", "limit")
aq = "Our learn-to-fly course for beginners comes with 15 instructional flights"
cl(M, aq, "Our learn-to-fly course for beginners comes with 15 instructional flights, and students can book them on any flying day", "15 instructional flights", 15, 15, "launches", "=", "beginners' course", "launches included", "count")
aq = "(2022) The club fleet is six gliders"
sq = "(2022) The club fleet is six gliders: four two-seaters and two single-seaters"
cl(M, aq, sq, "six gliders", 6, 6, "gliders", "=", "club fleet", "gliders", "count")
cl(M, aq, sq, "four two-seaters", 4, 4, "gliders", "=", "club fleet", "two-seat gliders", "count")
cl(M, aq, sq, "two single-seaters", 2, 2, "gliders", "=", "club fleet", "single-seat gliders", "count")
aq = "Since 2024, an air experience flight has been $230"
cl(M, aq, "Since 2024, an air experience flight has been $230, which includes the aerotow and the pre-flight briefing", "$230", 230, 230, "AUD", "=", "trial flight", "price", "price")
aq = "Hangar space for a privately owned glider is $65 a month"
cl(M, aq, "Hangar space for a privately owned glider is $65 a month, billed to the owner's account each quarter", "$65 a month", 65, 65, "AUD/month", "=", "hangar space for a private glider", "storage fee", "price")
aq = "Members pay $25 a night for a bunk in the clubhouse."
cl(M, aq, "Members pay $25 a night for a bunk in the clubhouse", "$25 a night", 25, 25, "AUD/night", "=", "clubhouse bunk for members", "price per night", "price")
aq = "Most students go solo after 40 to 60 launches"
cl(M, aq, "Most students go solo after 40 to 60 launches, depending on how often they fly and how settled the weather is", "40 to 60 launches", 40, 60, "launches", "=", "student pilot", "launches before first solo", "count")
aq = "Most trial flight guests are on the field for about 90 minutes"
cl(M, aq, "Most trial flight guests are on the field for about 90 minutes, from the safety briefing to the debrief over a cup of tea", "about 90 minutes", 90, 90, "minute", "~", "trial flight visit", "time at the airfield", "duration")
aq = "Students can fly solo once they are 15 or older"
cl(M, aq, "Students can fly solo once they are 15 or older, and a parent or guardian signs the consent form for anyone still at school", "15 or older", 15, None, "year", ">=", "solo student pilot", "minimum age", "limit")

# visitor FAQ, Word export (9 answers)
aq = "As of 2025, we operate nine sailplanes"
cl(H, aq, "As of 2025, we operate nine sailplanes, and members can book them", "nine sailplanes", 9, 9, "gliders", "=", "club fleet", "gliders", "count")
aq = "Everyone learns at their own pace"
cl(H, aq, "A typical student needs about 50 launches before going solo.", "about 50 launches", 50, 50, "launches", "~", "student pilot", "launches before first solo", "count")
aq = "No one under 15 is sent solo"
cl(H, aq, "No one under 15 is sent solo, however ready they are in the air.", "under 15", 15, None, "year", ">=", "solo student pilot", "minimum age", "limit")
aq = "Yes. Passengers weighing up to 110 kg"
cl(H, aq, "Passengers weighing up to 110 kg can fly in our two-seaters.", "up to 110 kg", None, 110, "kg", "<=", "two-seater passenger", "maximum weight", "limit")
aq = "(2023) A trial flight costs $195"
cl(H, aq, "(2023) A trial flight costs $195, including the aerotow, a briefing", "$195", 195, 195, "AUD", "=", "trial flight", "price", "price")
aq = "We charge $30 for every launch on the winch"
cl(H, aq, "We charge $30 for every launch on the winch, and on a calm day a winch", "$30", 30, 30, "AUD", "=", "winch launch", "launch price", "price")
cl(H, aq, "launch usually takes you to about 1,200 feet.", "about 1,200 feet", 1200, 1200, "ft", "~", "winch launch on a calm day", "launch height", "other")
aq = "Junior membership is for pilots under 26."
cl(H, aq, "Junior membership is for pilots under 26.", "under 26", None, 26, "year", "<", "junior member", "age limit", "limit")
cl(H, aq, "in twelve monthly payments of $45 by direct debit from their bank account,", "twelve monthly payments", 12, 12, "payments", "=", "junior membership", "number of instalments", "count")
cl(H, aq, "in twelve monthly payments of $45 by direct debit from their bank account,", "$45", 45, 45, "AUD/month", "=", "junior membership", "monthly instalment", "price")
cl(H, aq, "which comes to $560 across the year.", "$560", 560, 560, "AUD/year", "=", "junior membership", "yearly total", "price")
aq = "Single-seaters are hired at $1.20 a minute"
cl(H, aq, "Single-seaters are hired at $1.20 a minute of flying time,", "$1.20 a minute", 1.2, 1.2, "AUD/minute", "=", "single-seater hire", "hire rate", "price")
cl(H, aq, "so a 50-minute flight costs $60.", "50-minute", 50, 50, "minute", "=", "example single-seater flight", "flight length", "duration")
cl(H, aq, "so a 50-minute flight costs $60.", "$60", 60, 60, "AUD", "=", "50-minute single-seater flight", "total hire cost", "price")
aq = "Allow up to three hours for your visit"
cl(H, aq, "Allow up to three hours for your visit, because on a busy day there", "up to three hours", None, 3, "hour", "<=", "trial flight visit", "time at the airfield", "duration")

# knowledge base (10 answers)
aq = "A voucher has to be redeemed within six months"
cl(J, aq, "A voucher has to be redeemed within six months of being bought.", "within six months", None, 6, "month", "<=", "gift voucher", "validity", "duration")
aq = "Winch launches are $25 each"
cl(J, aq, "Winch launches are $25 each, paid from your flying account at the end of the day.", "$25 each", 25, 25, "AUD", "=", "winch launch", "launch price", "price")
aq = "The ground school series is six evening sessions"
sq = "The ground school series is six evening sessions at $35 each, so the whole series costs $240."
cl(J, aq, sq, "six evening sessions", 6, 6, "sessions", "=", "ground school series", "sessions", "count")
cl(J, aq, sq, "$35 each", 35, 35, "AUD", "=", "ground school session", "price per session", "price")
cl(J, aq, sq, "$240", 240, 240, "AUD", "=", "ground school series", "total price", "price")
aq = "(2023) Full flying membership is $1,050 a year"
cl(J, aq, "(2023) Full flying membership is $1,050 a year, payable when you join and then each July.", "$1,050 a year", 1050, 1050, "AUD/year", "=", "adult flying membership", "membership fee", "price")
aq = "Yes. A higher tow to 3,000 feet"
sq = "A higher tow to 3,000 feet costs $95 and gives you more time to find a thermal."
cl(J, aq, sq, "3,000 feet", 3000, 3000, "ft", "=", "higher aerotow", "release height", "other")
cl(J, aq, sq, "$95", 95, 95, "AUD", "=", "aerotow to 3,000 feet", "launch price", "price")
aq = "Overseas pilots take out temporary membership at $60 a week"
cl(J, aq, "Overseas pilots take out temporary membership at $60 a week, and we'll ask to see your licence and logbook before the check flight.", "$60 a week", 60, 60, "AUD/week", "=", "temporary membership for overseas pilots", "membership fee", "price")
aq = "It depends on the weather."
cl(J, aq, "For example, on a strong summer afternoon a trial flight might stay up for as long as an hour.", "as long as an hour", None, 1, "hour", "<=", "trial flight on a strong summer afternoon", "time in the air", "duration", True)
aq = "Social membership is $90 a year"
cl(J, aq, "Social membership is $90 a year and includes the newsletter, the clubhouse and our social events.", "$90 a year", 90, 90, "AUD/year", "=", "social membership", "membership fee", "price")
aq = "Yarrabee is a high field"
cl(J, aq, "Yarrabee is a high field, about 700 metres above sea level, so the tug needs a longer take-off run on hot days.", "about 700 metres", 700, 700, "m", "~", "Yarrabee airfield", "elevation", "other")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
