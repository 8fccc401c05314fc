#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the studio domain (Studio Ruelle Bleue)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "front-desk-replies.txt", "shift-notes.md", "studio-faq.html", "faq-entries.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The front-desk replies say every rehearsal room comes with a PA, a drum kit, two guitar amps and a bass amp, while the Eleventy FAQ page says each room has a PA and a drum kit and nothing else, with amps rented separately.",
  "equipment included with a rehearsal room", side(T, "comes with a PA, a drum kit, two guitar amps and a bass amp"), side(H, "Each room is equipped with a PA and a drum kit, and nothing else")),
 ("list", "The shift notes say the front desk takes Visa, Mastercard, Interac debit and cash, while the Sanity FAQ entry says bookings can only be paid with Interac debit or Visa.",
  "accepted payment methods", side(M, "The front desk takes Visa, Mastercard, Interac debit and cash"), side(J, "Bookings can only be paid with Interac debit or Visa")),
 ("list", "The Sanity FAQ entry lets students from a CEGEP, a university or a music conservatory have the student rate, while the front-desk replies limit it to university students.",
  "who qualifies for the student rate", side(J, "Students from a CEGEP, a university or a music conservatory all qualify"), side(T, "The student rate is only for university students")),
 # polarity
 ("polarity", "The Eleventy FAQ page welcomes bands to bring a few beers into their rehearsal room, while the shift notes allow no alcohol anywhere in the building.",
  "alcohol in the rehearsal rooms", side(H, "Bands are welcome to bring a few beers into their rehearsal room"), side(M, "No alcohol is allowed anywhere in the building")),
 ("polarity", "The front-desk replies let bands with a block booking leave their gear set up in the room overnight, while the Sanity FAQ entry says equipment may not stay in the rooms after a session, block booking or not.",
  "leaving gear in a rehearsal room between sessions", side(T, "can leave their gear set up in the room overnight between sessions"), side(J, "Equipment may not stay in the rehearsal rooms after your session ends")),
 ("polarity", "The shift notes say clients may bring their own engineer to run the console, while the Eleventy FAQ page says outside engineers are not allowed at the consoles.",
  "outside engineers at recording sessions", side(M, "Clients may bring their own engineer to run the console"), side(H, "Outside engineers are not allowed at our consoles")),
 # numeric
 ("numeric", "The Eleventy FAQ page gives students 20% off room rentals, while the Sanity FAQ entry says students save 15% on rehearsal rooms.",
  "student discount on rehearsal rooms", side(H, "The student reduction on room rentals is 20%"), side(J, "Students save 15% on rehearsal rooms with a valid card")),
 ("numeric", "The shift notes say Studio C (the big room) holds up to 8 people, while the front-desk replies allow no more than 10 people in the big room.",
  "maximum number of people in Studio C", side(M, "Studio C (the big room) holds up to 8 people"), side(T, "No more than 10 people are allowed in the big room at once")),
 ("numeric", "The Sanity FAQ entry needs at least 2 days' notice (48 hours) for a full refund, while the Eleventy FAQ page refunds cancellations made at least 24 hours ahead.",
  "notice needed to cancel with a full refund", side(J, "Give us at least 2 days' notice and we refund the booking in full"), side(H, "Cancellations made at least 24 hours before the session are refunded in full")),
 ("numeric", "The front-desk replies price a staff engineer at 55,00 $ an hour, while the shift notes charge $65 for each hour of a house engineer's time.",
  "hourly rate for a studio engineer", side(T, "Having a staff engineer on your session costs 55,00 $ an hour"), side(M, "Charge clients $65 for each hour of a house engineer's time")),
 # arithmetic
 ("arithmetic", "125,00 $ an hour for a 10-hour day is 1 250,00 $, not 1 150,00 $.",
  "price of a 10-hour full-floor showcase day", side(T, "Renting the whole floor for a showcase is 125,00 $ an hour"), side(T, "so a 10-hour showcase day comes to 1 150,00 $ before taxes")),
 ("arithmetic", "$1,200 plus $60.00 GST and $119.70 QST is $1,379.70, not $1,369.70.",
  "total with taxes for a two-day mixing package", side(M, "A two-day mixing package is $1,200 before tax, plus $60.00 GST and $119.70 QST"), side(M, "so the client pays $1,369.70 in total")),
 ("arithmetic", "CAD 0.10 per GB a month for 350 GB is CAD 35 a month, not CAD 30.",
  "monthly archiving cost for a 350 GB project", side(J, "Long-term archiving is CAD 0.10 per GB each month, so a 350 GB project"), side(J, "costs CAD 30 a month to keep")),
 # stale
 ("stale", "A 2022 note rents Room A for $22 an hour, while a 2025 answer says an hour in Room A costs 26 $.",
  "hourly rate for Room A", side(M, "(2022) Room A rents for $22 an hour"), side(H, "Since 2025, an hour in Room A costs 26 $")),
 ("stale", "A 2023 answer says the building has 6 rehearsal rooms, while a 2025 reply says there are 9 since the second floor opened.",
  "number of rehearsal rooms", side(H, "(2023) The building has 6 rehearsal rooms"), side(T, "Since 2025, with the second floor open, we have 9 rehearsal rooms")),
 ("stale", "A 2022 entry includes 100 GB of cloud backup with every recording day, while a 2025 note gives recording clients 250 GB of free backup space.",
  "free backup space for recording clients", side(J, "(2022) Every recording day includes 100 GB of cloud backup"), side(M, "As of 2025, recording clients get 250 GB of free backup space")),
]

traps = [
 ("Different room: Room B (evenings and weekends) is $34 an hour, the largest room, Studio C, CAD 48 an hour.",
  side(M, "Room B rents for $34 an hour in the evening"), side(J, "Studio C, the largest room, costs CAD 48 per hour")),
 ("Different condition (day of the week): a weekday recording day is CAD 650, a weekend recording day 780 $.",
  side(J, "A weekday recording day is CAD 650 with an engineer"), side(H, "Weekend recording days cost 780 $, engineer included")),
 ("Different condition (in the building or out): a cymbal pack is 15,00 $ per rehearsal in a room, $60 when taken out for a weekend gig.",
  side(T, "A cymbal pack rents for 15,00 $ per rehearsal"), side(M, "Taking a cymbal pack out of the building for a weekend gig costs $60")),
 ("Different tier: mastering one track is CAD 110, a full album of up to 14 tracks 1 250 $.",
  side(J, "Mastering a single track is CAD 110"), side(H, "Mastering a full album of up to 14 tracks costs 1 250 $")),
 ("Similarly named products: a Gear Locker is 45,00 $ a month, the bigger Gear Locker Plus CAD 95 a month.",
  side(T, "A Gear Locker is 45,00 $ a month"), side(J, "Gear Locker Plus costs CAD 95 a month")),
 ("Same value in other units: 400 square feet is about 37.2 square metres, i.e. roughly 37.",
  side(M, "Studio C has 400 square feet of floor"), side(H, "Studio C measures roughly 37 square metres")),
 ("Correct computation: 200 $ plus GST at 5% (10 $) and QST at 9.975% (19,95 $) is 229,95 $.",
  side(H, "With GST at 5% and QST at 9.975%, a 200 $ booking"), side(H, "comes to 229,95 $ once taxes are added")),
 ("Correct percentage: 10% off CAD 1,200 is CAD 1,080.",
  side(J, "Blocks of 40 hours or more get 10% off"), side(J, "so a CAD 1,200 block comes to CAD 1,080")),
 ("About 20 minutes lies inside the 15 to 30 minutes range for load-in.",
  side(T, "Allow 15 to 30 minutes for load-in through the back door"), side(M, "Most bands need about 20 minutes to load in")),
 ("800 GB is a hedged example ('For example ... might') for a full album tracked live, not the typical use of around 40 GB for a recording day.",
  side(T, "A typical recording day uses around 40 GB of drive space"), side(H, "For example, a full album tracked live might fill 800 GB")),
 ("The $12 drumstick price is explicitly the price before 2023; CAD 15 is the current price.",
  side(M, "Drumsticks used to be $12 a pair before 2023"), side(J, "A pair of drumsticks from the front desk is CAD 15")),
 ("'Up to 8 hours' is the longest mix, for a song with many tracks; a typical song mix takes about 4 hours.",
  side(T, "Mixing one song can take up to 8 hours"), side(H, "A typical song mix takes about 4 hours")),
 ("The list of rentable instruments is open ('such as'), so a vintage Fender Rhodes as another rental is consistent.",
  side(J, "We rent instruments such as keyboards, cymbal packs, snares and guitar pedals"), side(M, "A vintage Fender Rhodes can also be rented")),
 ("The same age rule stated in both directions (under 16 must have an adult / only 16 or older may rehearse without a guardian).",
  side(H, "Musicians under 16 must have an adult with them in the room"), side(T, "Only players aged 16 or older may rehearse without a parent or guardian")),
]

DOMAIN = ("Studio Ruelle Bleue, a fictional music rehearsal and recording studio in Mile-Ex, Montréal, Québec, Canada "
          "(prices in Canadian dollars before GST 5% and QST 9.975%, written in the Québec French style '55,00 $', "
          "'1 150,00 $', '26 $', '1 250 $' and in the English style '$65', '$1,200', 'CAD 48', 'CAD 1,200'): what a "
          "rehearsal room includes, room rates by room (Room A old and current, Room B, Studio C), the number of rooms, "
          "Studio C's capacity and floor area, the student rate (who qualifies, how much), payment, cancellations and "
          "refunds, block-booking discounts, a full-floor showcase rental, staff and outside engineers, recording days "
          "(weekday and weekend), mixing time and a mixing package with taxes, mastering (single track and album), "
          "drive space, backup and archiving, backline and instrument rental (cymbal packs, a Rhodes, drumsticks), "
          "Gear Locker and Gear Locker Plus, gear left overnight, load-in, alcohol, the age rule, opening hours, "
          "parking, noise, Wi-Fi and lost items.")
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

# front-desk replies (11 answers)
aq = "Every rehearsal room comes with a PA, a drum kit"
cl(T, aq, "Every rehearsal room comes with a PA, a drum kit, two guitar amps and a bass amp, so most bands only bring guitars, sticks and cymbals", "two guitar amps", 2, 2, "amps", "=", "rehearsal room", "guitar amps included", "count")
aq = "No more than 10 people are allowed in the big room"
cl(T, aq, "No more than 10 people are allowed in the big room at once, musicians and friends together", "No more than 10 people", None, 10, "people", "<=", "Studio C (the big room)", "maximum occupancy", "limit")
aq = "Having a staff engineer on your session costs 55,00 $ an hour"
cl(T, aq, "Having a staff engineer on your session costs 55,00 $ an hour, taxes extra, and you can book them up to the day before", "55,00 $ an hour", 55, 55, "CAD/hour", "=", "studio engineer", "engineer hourly rate", "price")
aq = "Renting the whole floor for a showcase is 125,00 $ an hour"
sq = "Renting the whole floor for a showcase is 125,00 $ an hour, so a 10-hour showcase day comes to 1 150,00 $ before taxes"
cl(T, aq, sq, "125,00 $ an hour", 125, 125, "CAD/hour", "=", "full-floor showcase rental", "hourly rate", "price")
cl(T, aq, sq, "10-hour showcase day", 10, 10, "hour", "=", "example showcase day", "length", "duration")
cl(T, aq, sq, "1 150,00 $", 1150, 1150, "CAD", "=", "10-hour full-floor showcase day", "total price", "price")
aq = "Since 2025, with the second floor open, we have 9 rehearsal rooms"
cl(T, aq, "Since 2025, with the second floor open, we have 9 rehearsal rooms, each with its own air conditioning", "9 rehearsal rooms", 9, 9, "rooms", "=", "Studio Ruelle Bleue", "number of rehearsal rooms", "count")
aq = "A cymbal pack rents for 15,00 $ per rehearsal"
cl(T, aq, "A cymbal pack rents for 15,00 $ per rehearsal, and it will be waiting in your room when you arrive", "15,00 $ per rehearsal", 15, 15, "CAD/session", "=", "cymbal pack used in a rehearsal room", "rental price", "price")
aq = "A Gear Locker is 45,00 $ a month"
sq = "A Gear Locker is 45,00 $ a month, with a minimum rental of 30 days, and you get your own key"
cl(T, aq, sq, "45,00 $ a month", 45, 45, "CAD/month", "=", "Gear Locker", "monthly price", "price")
cl(T, aq, sq, "a minimum rental of 30 days", 30, None, "day", ">=", "Gear Locker", "minimum rental period", "limit")
aq = "Allow 15 to 30 minutes for load-in"
cl(T, aq, "Allow 15 to 30 minutes for load-in through the back door, since the corridor is narrow", "15 to 30 minutes", 15, 30, "minute", "=", "load-in", "time needed", "duration")
aq = "A typical recording day uses around 40 GB of drive space"
cl(T, aq, "A typical recording day uses around 40 GB of drive space, so a small portable drive is usually enough", "around 40 GB", 40, 40, "GB", "~", "typical recording day", "drive space used", "other")
aq = "Mixing one song can take up to 8 hours"
cl(T, aq, "Mixing one song can take up to 8 hours when there are a lot of tracks and vocal takes to comb through", "up to 8 hours", None, 8, "hour", "<=", "mixing a song with many tracks", "time taken", "duration")
aq = "Only players aged 16 or older may rehearse"
cl(T, aq, "Only players aged 16 or older may rehearse without a parent or guardian in the building", "aged 16 or older", 16, None, "year", ">=", "player rehearsing without a guardian", "minimum age", "limit")

# shift notes (11 answers)
aq = "Yes. Clients may bring their own engineer"
cl(M, aq, "Do a 15-minute handover with them before the session starts", "15-minute handover", 15, 15, "minute", "=", "outside engineer", "handover time", "duration")
aq = "Studio C (the big room) holds up to 8 people"
cl(M, aq, "Studio C (the big room) holds up to 8 people, crew included", "up to 8 people", None, 8, "people", "<=", "Studio C (the big room)", "maximum occupancy", "limit")
aq = "Charge clients $65 for each hour"
cl(M, aq, "Charge clients $65 for each hour of a house engineer's time", "$65 for each hour", 65, 65, "CAD/hour", "=", "studio engineer", "engineer hourly rate", "price")
aq = "A two-day mixing package is $1,200 before tax"
sq = "A two-day mixing package is $1,200 before tax, plus $60.00 GST and $119.70 QST, so the client pays $1,369.70 in total"
cl(M, aq, sq, "two-day", 2, 2, "day", "=", "mixing package", "length", "duration")
cl(M, aq, sq, "$1,200", 1200, 1200, "CAD", "=", "two-day mixing package", "price before tax", "price")
cl(M, aq, sq, "$60.00 GST", 60, 60, "CAD", "=", "two-day mixing package", "GST", "price")
cl(M, aq, sq, "$119.70 QST", 119.7, 119.7, "CAD", "=", "two-day mixing package", "QST", "price")
cl(M, aq, sq, "$1,369.70", 1369.7, 1369.7, "CAD", "=", "two-day mixing package", "total with taxes", "price")
aq = "(2022) Room A rents for $22 an hour."
cl(M, aq, "(2022) Room A rents for $22 an hour", "$22 an hour", 22, 22, "CAD/hour", "=", "Room A", "hourly rate", "price")
aq = "As of 2025, recording clients get 250 GB"
cl(M, aq, "As of 2025, recording clients get 250 GB of free backup space for their sessions", "250 GB", 250, 250, "GB", "=", "recording client", "free backup space", "other")
aq = "Room B rents for $34 an hour"
cl(M, aq, "Room B rents for $34 an hour in the evening and on weekends", "$34 an hour", 34, 34, "CAD/hour", "=", "Room B, evenings and weekends", "hourly rate", "price")
aq = "Taking a cymbal pack out of the building"
cl(M, aq, "Taking a cymbal pack out of the building for a weekend gig costs $60, and we keep a card imprint as a deposit", "$60", 60, 60, "CAD", "=", "cymbal pack taken out for a weekend gig", "rental price", "price")
aq = "Studio C has 400 square feet of floor"
cl(M, aq, "Studio C has 400 square feet of floor, enough for a drum riser and a horn section", "400 square feet", 400, 400, "sq ft", "=", "Studio C", "floor area", "other")
aq = "Most bands need about 20 minutes to load in"
cl(M, aq, "Most bands need about 20 minutes to load in through the back door", "about 20 minutes", 20, 20, "minute", "~", "load-in", "time needed", "duration")
aq = "Drumsticks used to be $12 a pair before 2023."
cl(M, aq, "Drumsticks used to be $12 a pair before 2023", "$12 a pair", 12, 12, "CAD", "=", "pair of drumsticks before 2023", "old price", "price")

# Eleventy FAQ page (11 answers)
aq = "Since 2025, an hour in Room A costs 26 $"
cl(H, aq, "Since 2025, an hour in Room A costs 26 $, and the room suits a small band", "26 $", 26, 26, "CAD/hour", "=", "Room A", "hourly rate", "price")
aq = "(2023) The building has 6 rehearsal rooms"
cl(H, aq, "(2023) The building has 6 rehearsal rooms, all of them on the ground floor", "6 rehearsal rooms", 6, 6, "rooms", "=", "Studio Ruelle Bleue", "number of rehearsal rooms", "count")
aq = "Yes. The student reduction on room rentals is 20%"
cl(H, aq, "The student reduction on room rentals is 20%, on any day of the week", "20%", 20, 20, "%", "=", "student renting a rehearsal room", "student discount", "percentage")
aq = "Studio C measures roughly 37 square metres"
cl(H, aq, "Studio C measures roughly 37 square metres, so there is space for a drum riser and a keyboard rig", "roughly 37 square metres", 37, 37, "m2", "~", "Studio C", "floor area", "other")
aq = "Cancellations made at least 24 hours before the session"
cl(H, aq, "Cancellations made at least 24 hours before the session are refunded in full", "at least 24 hours", 24, None, "hour", ">=", "cancellation", "notice needed for a full refund", "limit")
aq = "Weekend recording days cost 780 $"
cl(H, aq, "Weekend recording days cost 780 $, engineer included", "780 $", 780, 780, "CAD", "=", "weekend recording day", "day rate", "price")
aq = "Mastering a full album of up to 14 tracks"
sq = "Mastering a full album of up to 14 tracks costs 1 250 $, reference copies included"
cl(H, aq, sq, "up to 14 tracks", None, 14, "tracks", "<=", "album mastering", "tracks included", "limit")
cl(H, aq, sq, "1 250 $", 1250, 1250, "CAD", "=", "album mastering", "price", "price")
aq = "It depends on how you record."
cl(H, aq, "For example, a full album tracked live might fill 800 GB, so bring a big drive", "800 GB", 800, 800, "GB", "=", "example full album tracked live", "drive space used", "other", True)
aq = "A typical song mix takes about 4 hours"
cl(H, aq, "A typical song mix takes about 4 hours, not counting revisions", "about 4 hours", 4, 4, "hour", "~", "typical song mix", "time taken", "duration")
aq = "With GST at 5% and QST at 9.975%"
sq = "With GST at 5% and QST at 9.975%, a 200 $ booking comes to 229,95 $ once taxes are added"
cl(H, aq, sq, "GST at 5%", 5, 5, "%", "=", "GST", "tax rate", "percentage")
cl(H, aq, sq, "QST at 9.975%", 9.975, 9.975, "%", "=", "QST", "tax rate", "percentage")
cl(H, aq, sq, "200 $", 200, 200, "CAD", "=", "example booking", "price before tax", "price")
cl(H, aq, sq, "229,95 $", 229.95, 229.95, "CAD", "=", "example booking", "total with taxes", "price")
aq = "Musicians under 16 must have an adult"
cl(H, aq, "Musicians under 16 must have an adult with them in the room", "under 16", 16, None, "year", ">=", "player rehearsing without a guardian", "minimum age", "limit")

# Sanity FAQ entries (10 answers)
aq = "Students save 15% on rehearsal rooms"
cl(J, aq, "Students save 15% on rehearsal rooms with a valid card, at any time of day", "15%", 15, 15, "%", "=", "student renting a rehearsal room", "student discount", "percentage")
aq = "Give us at least 2 days' notice"
cl(J, aq, "Give us at least 2 days' notice and we refund the booking in full", "at least 2 days'", 2, None, "day", ">=", "cancellation", "notice needed for a full refund", "limit")
aq = "Yes. Long-term archiving is CAD 0.10 per GB each month"
sq = "Long-term archiving is CAD 0.10 per GB each month, so a 350 GB project costs CAD 30 a month to keep"
cl(J, aq, sq, "CAD 0.10 per GB each month", 0.1, 0.1, "CAD/GB/month", "=", "long-term archiving", "price per GB", "price")
cl(J, aq, sq, "350 GB", 350, 350, "GB", "=", "example archived project", "size", "other")
cl(J, aq, sq, "CAD 30 a month", 30, 30, "CAD/month", "=", "archiving a 350 GB project", "monthly cost", "price")
aq = "(2022) Every recording day includes 100 GB"
cl(J, aq, "(2022) Every recording day includes 100 GB of cloud backup for your session files", "100 GB", 100, 100, "GB", "=", "recording client", "free backup space", "other")
aq = "Studio C, the largest room, costs CAD 48 per hour"
cl(J, aq, "Studio C, the largest room, costs CAD 48 per hour for rehearsals", "CAD 48 per hour", 48, 48, "CAD/hour", "=", "Studio C", "hourly rate", "price")
aq = "A weekday recording day is CAD 650"
cl(J, aq, "A weekday recording day is CAD 650 with an engineer, setup and teardown included", "CAD 650", 650, 650, "CAD", "=", "weekday recording day", "day rate", "price")
aq = "Mastering a single track is CAD 110"
cl(J, aq, "Mastering a single track is CAD 110, and you get a reference master by email", "CAD 110", 110, 110, "CAD", "=", "single-track mastering", "price", "price")
aq = "Yes. Gear Locker Plus costs CAD 95 a month"
cl(J, aq, "Gear Locker Plus costs CAD 95 a month and fits a full drum kit with its cases", "CAD 95 a month", 95, 95, "CAD/month", "=", "Gear Locker Plus", "monthly price", "price")
aq = "Blocks of 40 hours or more get 10% off"
sq = "Blocks of 40 hours or more get 10% off, so a CAD 1,200 block comes to CAD 1,080"
cl(J, aq, sq, "40 hours or more", 40, None, "hour", ">=", "block booking", "hours needed for the discount", "limit")
cl(J, aq, sq, "10% off", 10, 10, "%", "=", "block booking of 40 hours or more", "discount", "percentage")
cl(J, aq, sq, "CAD 1,200", 1200, 1200, "CAD", "=", "example block booking", "full price", "price")
cl(J, aq, sq, "CAD 1,080", 1080, 1080, "CAD", "=", "example block booking", "discounted price", "price")
aq = "A pair of drumsticks from the front desk is CAD 15"
cl(J, aq, "A pair of drumsticks from the front desk is CAD 15, and we stock the usual sizes", "CAD 15", 15, 15, "CAD", "=", "pair of drumsticks", "price", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
