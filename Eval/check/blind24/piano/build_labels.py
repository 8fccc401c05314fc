#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the piano domain (Ruru Piano Services)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "customer-replies.txt", "tuner-notes.md", "common-questions.html", "faq-entries.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The customer replies say a standard tuning includes all 88 notes, freeing sticky keys and a pedal check, while the Pelican page says a tuning visit covers the tuning and a pedal check but sticking keys cost extra.",
  "what a standard tuning visit includes", side(T, "A standard tuning includes all 88 notes, freeing sticky keys and a pedal check"), side(H, "Tuning visits cover the tuning and a pedal check, but sticking keys cost extra")),
 ("list", "The tuner notes accept EFTPOS, credit card, bank transfer and cash, while the Contentful entry says invoices can be settled by bank transfer or EFTPOS and nothing else.",
  "payment methods accepted", side(M, "We take EFTPOS, credit card, bank transfer and cash on the day"), side(J, "Invoices can be settled by bank transfer or EFTPOS, nothing else")),
 ("list", "The Pelican page charges no travel fee in Christchurch city, Rolleston, Lincoln and Kaiapoi, while the customer replies say only Christchurch city and Rolleston avoid the travel charge.",
  "areas with no travel charge", side(H, "There's no travel fee for homes in Christchurch city, Rolleston, Lincoln and Kaiapoi"), side(T, "Only addresses inside Christchurch city and Rolleston avoid the travel charge")),
 # polarity
 ("polarity", "The tuner notes say digital pianos and electric keyboards are repaired, while the Contentful entry says digital pianos are not serviced.",
  "repairing digital pianos", side(M, "We do repair digital pianos and electric keyboards"), side(J, "Electronic instruments such as digital pianos are not something we service")),
 ("polarity", "The customer replies offer to shift a piano to another room of the same house, while the Pelican page says pianos are never relocated, not even between rooms.",
  "moving a piano between rooms", side(T, "We can shift your piano to another room in the same house"), side(H, "We never relocate pianos, not even between rooms of one house")),
 ("polarity", "The Contentful entry is happy to tune a piano on the day it is delivered, while the tuner notes say a piano that has just been moved must not be tuned straight away.",
  "tuning a piano straight after it has been moved", side(J, "We're happy to tune a piano on the same day it's delivered"), side(M, "A piano that has just been moved must not be tuned straight away")),
 # numeric
 ("numeric", "The tuner notes say home pianos should be tuned twice a year, while the Pelican page says a family piano only needs a tune once every 12 months.",
  "how often a home piano should be tuned", side(M, "Most home pianos should be tuned twice a year"), side(H, "A family piano only needs a tune once every 12 months")),
 ("numeric", "The customer replies ask for at least 24 hours' notice to cancel, while the Contentful entry charges cancellations with less than 48 hours' warning.",
  "notice needed to cancel an appointment", side(T, "Please give us at least 24 hours' notice if you need to cancel"), side(J, "Appointments cancelled with less than 48 hours' warning are charged the call-out fee")),
 ("numeric", "The Pelican page gives a repair call-out fee of $65, while the tuner notes charge $85 to come out to a repair job.",
  "call-out fee for a repair visit", side(H, "The call-out fee for repair visits is $65"), side(M, "Charge $85 to come out to a repair job, before any labour")),
 ("numeric", "The Contentful entry gives free return visits for 30 days after a tuning, while the customer replies offer free touch-ups for two weeks.",
  "free touch-up period after a tuning", side(J, "For 30 days after a tuning, we'll come back free of charge"), side(T, "Free touch-ups are offered for two weeks after a tuning")),
 # arithmetic
 ("arithmetic", "$1,800 plus 15% GST is $2,070, not $2,090.",
  "hammer replacement price including GST", side(H, "Our hammer replacement for an upright is $1,800 plus 15% GST"), side(H, "which is $2,090 all up")),
 ("arithmetic", "22 strings at $18 each is $396, not $416.",
  "price of a set of bass strings for an upright", side(M, "bass strings for an upright is 22 strings at $18 each"), side(M, "which comes to $416 once they're fitted")),
 ("arithmetic", "Twelve keys at about 10 minutes each is about two hours, not about an hour.",
  "time to ease twelve sticking keys", side(T, "each sticking key takes us about 10 minutes to ease"), side(T, "so twelve of them adds up to about an hour")),
 # stale
 ("stale", "A 2022 note prices tuning an upright at $175, while a 2025 entry says a routine upright tune is $195.",
  "price of tuning an upright piano", side(M, "(2022) Tuning an upright costs $175"), side(J, "As of 2025, a routine upright tune is $195")),
 ("stale", "A 2023 reply says the team is two tuners, while a 2025 answer says four qualified technicians are on the road.",
  "number of tuners on the team", side(T, "(2023) Our team is two tuners, so weekday slots fill up fast"), side(H, "As of 2025, four qualified technicians are on the road")),
 ("stale", "A 2022 entry says Ruru tunes around 1,200 pianos a year, while a note says that since 2024 the team has tuned about 1,800 pianos a year.",
  "number of pianos tuned each year", side(J, "(2022) Ruru tunes around 1,200 pianos annually"), side(M, "Since 2024, we've been tuning about 1,800 pianos a year")),
]

traps = [
 ("Different condition (kind of job): tuning a grand at home is $235, a pre-concert tuning with an interval touch-up is $320.",
  side(H, "Grand pianos are $235 to tune at home"), side(J, "Pre-concert tuning is $320, and we stay through the interval")),
 ("Different condition (where the work is done): on-site repair labour is $95 an hour, bench work in the workshop $75 an hour.",
  side(T, "On-site repair labour is $95 an hour"), side(M, "Bench work in the Addington workshop is charged at $75 an hour")),
 ("Different region: the travel fee is $60 for Akaroa and $40 for Oxford and Darfield.",
  side(J, "a trip over the hill to Akaroa adds $60 for travel"), side(T, "Oxford and Darfield addresses pay a $40 travel fee")),
 ("Different condition (time of the appointment): weekday evenings are $30 extra, Saturdays carry a $45 surcharge.",
  side(M, "Weekday evening visits after 5pm are $30 extra"), side(H, "Saturday appointments carry a $45 surcharge")),
 ("Similarly named plans: Tune Club is $340 a year, Tune Club Plus (with a humidity check) $480 a year.",
  side(T, "Tune Club membership is $340 a year and includes two tunings"), side(J, "Tune Club Plus is $480 a year and adds a humidity check")),
 ("Same value in other units: 230 kg is about 507 pounds, i.e. roughly 500 pounds.",
  side(H, "A typical modern upright weighs about 230 kg"), side(M, "For the movers, a modern upright is roughly 500 pounds")),
 ("Correct computation: three pianos at $150 are $450.",
  side(J, "Schools pay $150 per piano"), side(J, "so three classroom pianos come to $450 for the visit")),
 ("Correct percentage: 15% off $240 is $204.",
  side(H, "SuperGold Card holders get 15% off"), side(H, "so a $240 regulation check comes to $204")),
 ("About 50% humidity lies inside the 40 to 60% range.",
  side(M, "Keep the room between 40 and 60% relative humidity all year round"), side(T, "Aim for about 50% humidity in the room")),
 ("Three visits is a hedged example ('For example ... might') for a piano left for 15 years, not the usual single visit.",
  side(H, "Most out-of-tune pianos come right in a single visit"), side(J, "For example, a piano left for 15 years might need three visits")),
 ("The $50 appraisal letter price is explicitly the price before 2024; $70 is current.",
  side(M, "Appraisal letters used to cost $50 before 2024"), side(T, "An insurance valuation letter is $70, and we email it")),
 ("'Up to three hours' is the longest visit, for a badly neglected piano; most tunings take about 90 minutes.",
  side(J, "A badly neglected piano can keep us there for up to three hours"), side(M, "Most tunings take about 90 minutes, so don't book the next job")),
 ("The list of repairs is open ('such as'), so replacing hammer felts as another job is consistent.",
  side(H, "We repair things such as broken strings, squeaky pedals, loose pins and chipped keytops"), side(T, "Replacing worn hammer felts is another job we do")),
 ("The same age rule stated in both directions (18 or over must be home / no tuning if the only person home is under 18).",
  side(J, "Someone aged 18 or over must be at home for the whole visit"), side(H, "We can't tune if the only person home is under 18")),
]

DOMAIN = ("Ruru Piano Services, a fictional team of piano tuner-technicians based in Addington, Christchurch, New Zealand "
          "(an on-site trade and repair service; prices in New Zealand dollars, GST included unless a price says "
          "'plus GST', written $195): tuning and what it includes, upright, grand, school and pre-concert tuning prices, "
          "how often to tune, touch-ups after a tuning, the Tune Club and Tune Club Plus plans, repair call-out fees and "
          "hourly rates, repairs such as strings, keys and hammers, digital pianos, moving pianos, travel fees by area, "
          "evening and Saturday surcharges, cancelling, payment, age rules, humidity, pitch, weight, valuations, "
          "pre-purchase inspections and the size of the team.")
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

# customer replies (9 answers)
aq = "A standard tuning includes all 88 notes"
cl(T, aq, "A standard tuning includes all 88 notes, freeing sticky keys and a pedal check", "all 88 notes", 88, 88, "notes", "=", "standard tuning", "notes tuned", "count")
aq = "Please give us at least 24 hours' notice"
cl(T, aq, "Please give us at least 24 hours' notice if you need to cancel or move your appointment", "at least 24 hours'", 24, None, "hour", ">=", "cancelling an appointment", "notice required", "limit")
aq = "Free touch-ups are offered for two weeks"
cl(T, aq, "Free touch-ups are offered for two weeks after a tuning if any notes drift", "two weeks", 2, 2, "week", "=", "touch-ups after a tuning", "free period", "duration")
aq = "When keys swell in a damp winter"
sq = "When keys swell in a damp winter, each sticking key takes us about 10 minutes to ease, so twelve of them adds up to about an hour"
cl(T, aq, sq, "about 10 minutes", 10, 10, "minute", "~", "easing one sticking key", "time taken", "duration")
cl(T, aq, sq, "twelve of them", 12, 12, "keys", "=", "example repair", "sticking keys", "count")
cl(T, aq, sq, "about an hour", 1, 1, "hour", "~", "easing twelve sticking keys", "time taken", "duration")
aq = "(2023) Our team is two tuners"
cl(T, aq, "(2023) Our team is two tuners, so weekday slots fill up fast and it pays to book early", "two tuners", 2, 2, "tuners", "=", "Ruru team", "tuners", "count")
aq = "On-site repair labour is $95 an hour"
sq = "On-site repair labour is $95 an hour, charged in 15-minute blocks once the job is under way"
cl(T, aq, sq, "$95 an hour", 95, 95, "NZD/hour", "=", "on-site repair labour", "hourly rate", "price")
cl(T, aq, sq, "15-minute blocks", 15, 15, "minute", "=", "on-site repair labour", "billing increment", "duration")
aq = "Oxford and Darfield addresses pay a $40 travel fee"
cl(T, aq, "Oxford and Darfield addresses pay a $40 travel fee on top of the tuning price", "$40", 40, 40, "NZD", "=", "visit to Oxford or Darfield", "travel fee", "price")
aq = "Tune Club membership is $340 a year"
sq = "Tune Club membership is $340 a year and includes two tunings, and we ring you when each one is due"
cl(T, aq, sq, "$340 a year", 340, 340, "NZD/year", "=", "Tune Club membership", "price", "price")
cl(T, aq, sq, "two tunings", 2, 2, "tunings", "=", "Tune Club membership", "tunings included per year", "count")
aq = "Aim for about 50% humidity in the room"
cl(T, aq, "Aim for about 50% humidity in the room, and keep the piano well away from heat pump vents and sunny windows", "about 50%", 50, 50, "%", "~", "room with a piano", "relative humidity", "percentage")

# tuner notes (11 answers)
aq = "Most home pianos should be tuned twice a year"
cl(M, aq, "Most home pianos should be tuned twice a year, once after summer and once after winter", "twice a year", 2, 2, "tunings/year", "=", "home piano", "recommended tuning frequency", "other")
aq = "Charge $85 to come out to a repair job"
cl(M, aq, "Charge $85 to come out to a repair job, before any labour", "$85", 85, 85, "NZD", "=", "repair visit", "call-out fee", "price")
aq = "A new set of bass strings for an upright"
sq = "A new set of bass strings for an upright is 22 strings at $18 each, which comes to $416 once they're fitted"
cl(M, aq, sq, "22 strings", 22, 22, "strings", "=", "set of upright bass strings", "strings in the set", "count")
cl(M, aq, sq, "$18 each", 18, 18, "NZD", "=", "upright bass string", "price per string", "price")
cl(M, aq, sq, "$416", 416, 416, "NZD", "=", "set of upright bass strings, fitted", "total price", "price")
cl(M, aq, "The set takes 10 to 14 days to arrive from the string maker", "10 to 14 days", 10, 14, "day", "=", "bass string set", "delivery time", "duration")
aq = "(2022) Tuning an upright costs $175"
cl(M, aq, "(2022) Tuning an upright costs $175, and grands are priced separately", "$175", 175, 175, "NZD", "=", "upright piano tuning", "price", "price")
aq = "Since 2024, we've been tuning about 1,800 pianos a year"
cl(M, aq, "Since 2024, we've been tuning about 1,800 pianos a year across Canterbury, so keep the diary tidy", "about 1,800 pianos a year", 1800, 1800, "pianos/year", "~", "Ruru Piano Services", "pianos tuned per year", "count")
aq = "Bench work in the Addington workshop"
cl(M, aq, "Bench work in the Addington workshop is charged at $75 an hour, plus the cost of any parts", "$75 an hour", 75, 75, "NZD/hour", "=", "workshop bench work", "hourly rate", "price")
aq = "Weekday evening visits after 5pm are $30 extra"
cl(M, aq, "Weekday evening visits after 5pm are $30 extra", "$30 extra", 30, 30, "NZD", "=", "weekday evening visit", "surcharge", "price")
aq = "For the movers, a modern upright is roughly 500 pounds"
cl(M, aq, "For the movers, a modern upright is roughly 500 pounds, and a baby grand is a good deal more", "roughly 500 pounds", 500, 500, "lb", "~", "modern upright piano", "weight", "other")
aq = "Keep the room between 40 and 60% relative humidity"
cl(M, aq, "Keep the room between 40 and 60% relative humidity all year round, and suggest a dehumidifier for damp villas", "between 40 and 60%", 40, 60, "%", "=", "room with a piano", "relative humidity", "percentage")
aq = "Appraisal letters used to cost $50 before 2024."
cl(M, aq, "Appraisal letters used to cost $50 before 2024", "$50", 50, 50, "NZD", "=", "insurance valuation letter before 2024", "old price", "price")
aq = "Most tunings take about 90 minutes"
sq = "Most tunings take about 90 minutes, so don't book the next job any less than two hours later"
cl(M, aq, sq, "about 90 minutes", 90, 90, "minute", "~", "typical tuning", "length of visit", "duration")
cl(M, aq, sq, "two hours later", 2, None, "hour", ">=", "next booking after a tuning", "gap between job starts", "duration")

# common questions, Pelican page (10 answers)
aq = "A family piano only needs a tune once every 12 months"
cl(H, aq, "A family piano only needs a tune once every 12 months, unless someone in the house practises for hours each day", "once every 12 months", 12, 12, "month", "=", "family piano", "interval between tunings", "duration")
aq = "Grand pianos are $235 to tune at home"
cl(H, aq, "Grand pianos are $235 to tune at home, because the longer strings and the action take extra time", "$235", 235, 235, "NZD", "=", "grand piano tuning at home", "price", "price")
aq = "Most out-of-tune pianos come right in a single visit"
cl(H, aq, "Most out-of-tune pianos come right in a single visit, even when a pitch raise is needed first", "a single visit", 1, 1, "visits", "=", "out-of-tune piano", "visits needed", "count")
aq = "The call-out fee for repair visits is $65"
sq = "The call-out fee for repair visits is $65, and the first 15 minutes of work are included in it"
cl(H, aq, sq, "$65", 65, 65, "NZD", "=", "repair visit", "call-out fee", "price")
cl(H, aq, sq, "the first 15 minutes", 15, 15, "minute", "=", "repair call-out", "work included", "duration")
aq = "Our hammer replacement for an upright is $1,800"
sq = "Our hammer replacement for an upright is $1,800 plus 15% GST, which is $2,090 all up, and a full regulation is done afterwards"
cl(H, aq, sq, "$1,800", 1800, 1800, "NZD", "=", "upright hammer replacement", "price before GST", "price")
cl(H, aq, sq, "15% GST", 15, 15, "%", "=", "upright hammer replacement", "GST rate", "percentage")
cl(H, aq, sq, "$2,090", 2090, 2090, "NZD", "=", "upright hammer replacement", "price including GST", "price")
aq = "A typical modern upright weighs about 230 kg"
cl(H, aq, "A typical modern upright weighs about 230 kg, which most floors carry easily", "about 230 kg", 230, 230, "kg", "~", "modern upright piano", "weight", "other")
aq = "SuperGold Card holders get 15% off"
sq = "SuperGold Card holders get 15% off, so a $240 regulation check comes to $204"
cl(H, aq, sq, "15% off", 15, 15, "%", "=", "SuperGold Card holder", "discount", "percentage")
cl(H, aq, sq, "$240", 240, 240, "NZD", "=", "regulation check", "full price", "price")
cl(H, aq, sq, "$204", 204, 204, "NZD", "=", "regulation check for a SuperGold Card holder", "discounted price", "price")
aq = "Yes. Saturday appointments carry a $45 surcharge"
cl(H, aq, "Saturday appointments carry a $45 surcharge and are only available in the morning", "$45 surcharge", 45, 45, "NZD", "=", "Saturday appointment", "surcharge", "price")
aq = "As of 2025, four qualified technicians are on the road"
cl(H, aq, "As of 2025, four qualified technicians are on the road, and each one belongs to the national tuners' association", "four qualified technicians", 4, 4, "tuners", "=", "Ruru team", "tuners", "count")
aq = "We can't tune if the only person home is under 18"
cl(H, aq, "We can't tune if the only person home is under 18, so please arrange for a parent or another adult to be there", "under 18", 18, None, "year", ">=", "person at home during a visit", "minimum age", "limit")

# faq entries, Contentful JSON (12 answers)
aq = "Invoices can be settled by bank transfer or EFTPOS"
cl(J, aq, "Payment is due within 7 days of the visit", "within 7 days", None, 7, "day", "<=", "invoice", "payment term", "duration")
aq = "Appointments cancelled with less than 48 hours' warning"
cl(J, aq, "Appointments cancelled with less than 48 hours' warning are charged the call-out fee, because we can rarely fill the gap at short notice", "less than 48 hours'", 48, None, "hour", ">=", "cancelling an appointment", "notice required", "limit")
aq = "For 30 days after a tuning"
cl(J, aq, "For 30 days after a tuning, we'll come back free of charge if a note slips, so just give us a ring", "For 30 days", 30, 30, "day", "=", "touch-ups after a tuning", "free period", "duration")
aq = "As of 2025, a routine upright tune is $195"
cl(J, aq, "As of 2025, a routine upright tune is $195, and that includes GST", "$195", 195, 195, "NZD", "=", "upright piano tuning", "price", "price")
aq = "(2022) Ruru tunes around 1,200 pianos annually"
cl(J, aq, "(2022) Ruru tunes around 1,200 pianos annually, from school halls to concert grands", "around 1,200 pianos annually", 1200, 1200, "pianos/year", "~", "Ruru Piano Services", "pianos tuned per year", "count")
aq = "Pre-concert tuning is $320"
cl(J, aq, "Pre-concert tuning is $320, and we stay through the interval to touch up any notes that have moved under the stage lights", "$320", 320, 320, "NZD", "=", "pre-concert tuning", "price", "price")
aq = "Yes, a trip over the hill to Akaroa adds $60 for travel"
cl(J, aq, "Yes, a trip over the hill to Akaroa adds $60 for travel, and we group Peninsula bookings on the same day", "$60", 60, 60, "NZD", "=", "visit to Akaroa", "travel fee", "price")
aq = "Tune Club Plus is $480 a year"
cl(J, aq, "Tune Club Plus is $480 a year and adds a humidity check to each of the club tunings", "$480 a year", 480, 480, "NZD/year", "=", "Tune Club Plus membership", "price", "price")
aq = "Schools pay $150 per piano"
sq = "Schools pay $150 per piano, so three classroom pianos come to $450 for the visit"
cl(J, aq, sq, "$150 per piano", 150, 150, "NZD", "=", "school piano tuning", "price per piano", "price")
cl(J, aq, sq, "three classroom pianos", 3, 3, "pianos", "=", "example school visit", "pianos tuned", "count")
cl(J, aq, sq, "$450", 450, 450, "NZD", "=", "three school pianos", "total price", "price")
aq = "Usually, yes."
sq = "For example, a piano left for 15 years might need three visits, a few weeks apart, before it holds its pitch"
cl(J, aq, sq, "15 years", 15, 15, "year", "=", "example neglected piano", "time since last tuning", "duration", True)
cl(J, aq, sq, "three visits", 3, 3, "visits", "=", "piano left for 15 years", "visits needed", "count", True)
aq = "A badly neglected piano can keep us there"
cl(J, aq, "A badly neglected piano can keep us there for up to three hours, so clear your afternoon if it hasn't been tuned in a while", "up to three hours", None, 3, "hour", "<=", "tuning a badly neglected piano", "length of visit", "duration")
aq = "Someone aged 18 or over must be at home"
cl(J, aq, "Someone aged 18 or over must be at home for the whole visit", "aged 18 or over", 18, None, "year", ">=", "person at home during a visit", "minimum age", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
