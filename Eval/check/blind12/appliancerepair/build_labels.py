#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the appliancerepair domain (Fixwell Appliance Repairs)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "quick-answers.txt", "technician-handbook.md", "help-centre.html", "kb-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The quick answers fix Bosch, Miele, Electrolux and LG machines, while the knowledge base services Bosch, Electrolux and LG only.",
  "appliance brands Fixwell repairs", side(T, "We fix washing machines, dryers and dishwashers made by Bosch, Miele, Electrolux and LG"), side(J, "We only service Bosch, Electrolux and LG appliances")),
 ("list", "The help centre lets customers pay by card, bank transfer or cash, while the handbook says technicians take card payments only.",
  "ways to pay the technician", side(H, "Pay your technician by card, bank transfer or cash"), side(M, "Technicians take card payments only, on the handheld terminal")),
 ("list", "The knowledge base says a standard service covers a safety check, a filter clean and a door seal inspection, while the handbook says it is a safety check and a filter clean, nothing more.",
  "what a standard service includes", side(J, "covers an electrical safety check, a filter clean and a door seal inspection"), side(M, "A standard service is a safety check and a filter clean, nothing more")),
 # polarity
 ("polarity", "The quick answers repair appliances still under the manufacturer's warranty, while the help centre says Fixwell can't work on anything still covered by the maker's warranty.",
  "repairing appliances under manufacturer's warranty", side(T, "we're happy to repair appliances still under the manufacturer's warranty"), side(H, "we can't work on anything still covered by the maker's warranty")),
 ("polarity", "The handbook says every technician is licensed for gas and gas cooktops and ovens can be repaired, while the knowledge base says Fixwell doesn't work on gas appliances of any kind.",
  "repairs on gas appliances", side(M, "gas cooktops and ovens can be repaired on the first visit"), side(J, "We don't work on gas appliances of any kind")),
 ("polarity", "The help centre takes the callout fee off the bill when the repair goes ahead, while the quick answers say it is always charged on top of the repair.",
  "callout fee credited against the repair", side(H, "If you go ahead with the repair, the callout fee comes off your bill"), side(T, "The callout fee is always charged on top of the repair")),
 # numeric
 ("numeric", "The knowledge base gives a 12-month warranty on repairs, while the handbook guarantees workmanship for 6 months.",
  "warranty on a repair", side(J, "Every repair we do comes with a 12-month parts and labour warranty"), side(M, "Workmanship on a repair is guaranteed for 6 months")),
 ("numeric", "The help centre repairs appliances up to 15 years old, while the quick answers won't book anything more than 12 years old.",
  "oldest appliance Fixwell will repair", side(H, "We'll repair appliances up to 15 years old"), side(T, "Anything more than 12 years old is usually beyond economical repair")),
 ("numeric", "The handbook bills labour in 30-minute increments, while the knowledge base charges in 15-minute blocks.",
  "labour billing increment", side(M, "Labour is billed in 30-minute increments, always rounded up"), side(J, "We charge labour in 15-minute blocks")),
 ("numeric", "The quick answers say the technician texts 30 minutes before arriving, while the help centre says the SMS comes about an hour before.",
  "advance notice text before the technician arrives", side(T, "Your technician will text you 30 minutes before arriving"), side(H, "You'll get an SMS about an hour before the technician turns up")),
 # arithmetic
 ("arithmetic", "$85 + $47 is $132, not $122.",
  "combined price of a drain pump and a door lock", side(H, "A replacement drain pump is $85 and a new door lock is $47"), side(H, "so the two parts together cost $122")),
 ("arithmetic", "3 x $54 is $162, not $142.",
  "price of three fridge water filters", side(M, "Three fridge water filters at $54 each"), side(M, "come to $142, and we fit them free on the same visit")),
 ("arithmetic", "$400 in four payments is $100 each, not $110.",
  "instalment on a $400 repair split into four payments", side(J, "A $400 repair can be split into four fortnightly payments"), side(J, "of $110 each, with no interest")),
 # stale
 ("stale", "A 2021 record prices a fridge regas at $220, while a 2024 answer gives $260.",
  "price of a fridge regas", side(J, "(2021) Regassing a fridge is $220 including the refrigerant"), side(H, "Since 2024, a full fridge regas costs $260")),
 ("stale", "A 2022 note charges $40 to take an old appliance away, while a 2025 answer gives $60.",
  "old appliance removal fee", side(M, "(2022) We take an old appliance away for $40"), side(T, "As of 2025, taking away and recycling your old machine costs $60")),
 ("stale", "A 2023 record gives Seniors Card holders 5% off labour, while a 2025 note gives pensioners and Seniors Card holders 10%.",
  "seniors' discount on labour", side(J, "(2023) Seniors Card holders receive 5% off labour"), side(M, "As of 2025, pensioners and Seniors Card holders get 10% off labour")),
]

traps = [
 ("Different region: the callout is $89 in metro Melbourne and $129 in regional Victoria.",
  side(H, "Our callout fee is $89 anywhere in metro Melbourne"), side(J, "Callouts to regional Victoria are $129")),
 ("Different condition: labour is $110 an hour on weekdays and $165 an hour after hours and at weekends.",
  side(T, "Labour is $110 an hour on weekdays"), side(M, "After hours and on weekends, labour is charged at $165 per hour")),
 ("Different size: a 60 cm rangehood filter is $29, a 90 cm one $39.",
  side(J, "A filter for a 60 cm rangehood is $29"), side(H, "Filters for 90 cm rangehoods are $39")),
 ("Different tier: standard bookings get a 4-hour arrival window, priority bookings a 1-hour window.",
  side(M, "Standard bookings get a 4-hour arrival window"), side(T, "Priority bookings come with a 1-hour arrival window")),
 ("Similarly named products: Fixwell Care is $179 a year, Fixwell Care Plus $249 a year.",
  side(H, "Fixwell Care is $179 a year and includes one free service visit"), side(J, "Fixwell Care Plus costs $249 a year")),
 ("Same value in other units: 2 hours is 120 minutes.",
  side(T, "stand it upright for 2 hours before switching it back on"), side(M, "give the fridge 120 minutes upright before plugging it in")),
 ("Correct computation: $27 / 6 sachets = $4.50 a sachet.",
  side(M, "Dishwasher descaler comes in boxes of 6 sachets for $27"), side(M, "which is $4.50 a sachet")),
 ("Correct percentage: 20% off $150 is $120.",
  side(H, "Care members get 20% off parts"), side(H, "so a $150 part costs them $120")),
 ("The typical 4 business days lies inside the 3 to 5 business day range.",
  side(J, "Most parts arrive in 3 to 5 business days"), side(T, "usually turn up in about 4 business days")),
 ("$480 is a hedged example for a large-capacity front loader ('For example ... might'), not the usual cost of around $350.",
  side(H, "For example, a bearing job on a large-capacity front loader might run to $480"), side(M, "Replacing drum bearings usually costs around $350 including labour")),
 ("The $95 oven seal price is explicitly the pre-2024 price; $120 fitted is current.",
  side(M, "Replacing an oven door seal used to cost $95 before the 2024 price update"), side(J, "An oven door seal is $120 fitted")),
 ("'Up to 90 minutes' is the longest a full dishwasher service can take; most are done in about 40 minutes.",
  side(J, "A full dishwasher service can take up to 90 minutes"), side(H, "Most dishwasher services are done in about 40 minutes")),
 ("The kitchen appliance list is open ('including'), so microwaves are consistent.",
  side(T, "We repair kitchen appliances including ovens, cooktops, rangehoods and dishwashers"), side(J, "Microwaves are on our list too")),
 ("The same 3-hour rescheduling rule stated in both directions.",
  side(H, "You can reschedule free of charge up to 3 hours before your arrival window starts"), side(M, "Changes made less than 3 hours before the window starts attract a $45 late-change fee")),
]

DOMAIN = ("Fixwell Appliance Repairs, a fictional home-appliance repair service in Melbourne, Australia (prices in "
          "Australian dollars): brands and appliance types repaired, manufacturer's warranty and gas work, callout "
          "fees, labour rates and billing, arrival windows, payment, servicing, parts prices and lead times, "
          "repair warranty, removal of old appliances, discounts and the Fixwell Care plans.")
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

# quick answers (8 answers)
aq = "Anything more than 12 years old"
cl(T, aq, "Anything more than 12 years old is usually beyond economical repair, so we won't book it in", "more than 12 years old", None, 12, "year", "<=", "appliance repairs", "maximum appliance age", "limit")
aq = "Your technician will text you 30 minutes before arriving"
cl(T, aq, "Your technician will text you 30 minutes before arriving, so you don't need to wait by the door", "30 minutes", 30, 30, "minute", "=", "arrival text message", "notice before arrival", "duration")
aq = "As of 2025, taking away and recycling your old machine"
cl(T, aq, "As of 2025, taking away and recycling your old machine costs $60, and we can do it on the same visit as the install", "$60", 60, 60, "AUD", "=", "old appliance removal", "fee", "price")
aq = "Labour is $110 an hour on weekdays"
cl(T, aq, "Labour is $110 an hour on weekdays, counted from the moment the technician arrives", "$110 an hour", 110, 110, "AUD/hour", "=", "weekday labour", "hourly rate", "price")
aq = "Priority bookings come with a 1-hour arrival window"
cl(T, aq, "Priority bookings come with a 1-hour arrival window, so you won't lose half a day waiting around", "1-hour", 1, 1, "hour", "=", "priority booking", "arrival window", "duration")
aq = "If your fridge has been moved or laid on its side"
cl(T, aq, "If your fridge has been moved or laid on its side, stand it upright for 2 hours before switching it back on", "2 hours", 2, 2, "hour", "=", "fridge after moving", "time to stand upright before switching on", "duration")
aq = "Parts we don't carry in the van"
cl(T, aq, "Parts we don't carry in the van usually turn up in about 4 business days, and we'll rebook you as soon as they land", "about 4 business days", 4, 4, "business day", "~", "parts ordered in", "delivery time", "duration")
aq = "You don't need to be home for the whole visit"
cl(T, aq, "You don't need to be home for the whole visit, but someone over 18 has to let the technician in and sign off the job", "over 18", 18, None, "year", ">", "person letting the technician in", "minimum age", "limit")

# handbook (13 answers)
aq = "Workmanship on a repair is guaranteed for 6 months"
cl(M, aq, "Workmanship on a repair is guaranteed for 6 months from the date of the visit", "6 months", 6, 6, "month", "=", "repair workmanship", "warranty length", "duration")
aq = "Labour is billed in 30-minute increments"
cl(M, aq, "Labour is billed in 30-minute increments, always rounded up", "30-minute", 30, 30, "minute", "=", "labour billing", "billing increment", "duration")
aq = "Three fridge water filters at $54 each"
sq = "Three fridge water filters at $54 each come to $142, and we fit them free on the same visit"
cl(M, aq, sq, "Three fridge water filters", 3, 3, "filters", "=", "fridge water filter example", "number of filters", "count")
cl(M, aq, sq, "$54 each", 54, 54, "AUD", "=", "fridge water filter", "price each", "price")
cl(M, aq, sq, "$142", 142, 142, "AUD", "=", "three fridge water filters", "total price", "price")
aq = "(2022) We take an old appliance away for $40"
cl(M, aq, "(2022) We take an old appliance away for $40, as long as it's disconnected and ready to go", "$40", 40, 40, "AUD", "=", "old appliance removal", "fee", "price")
aq = "As of 2025, pensioners and Seniors Card holders"
cl(M, aq, "As of 2025, pensioners and Seniors Card holders get 10% off labour", "10% off", 10, 10, "%", "=", "pensioner and seniors discount", "discount on labour", "percentage")
aq = "After hours and on weekends, labour is charged at $165"
cl(M, aq, "After hours and on weekends, labour is charged at $165 per hour", "$165 per hour", 165, 165, "AUD/hour", "=", "after-hours and weekend labour", "hourly rate", "price")
aq = "Standard bookings get a 4-hour arrival window"
cl(M, aq, "Standard bookings get a 4-hour arrival window, either morning or afternoon", "4-hour", 4, 4, "hour", "=", "standard booking", "arrival window", "duration")
aq = "Tell them to give the fridge 120 minutes upright"
cl(M, aq, "Tell them to give the fridge 120 minutes upright before plugging it in, so the compressor oil can settle", "120 minutes", 120, 120, "minute", "=", "fridge after moving", "time to stand upright before switching on", "duration")
aq = "Dishwasher descaler comes in boxes of 6 sachets"
sq = "Dishwasher descaler comes in boxes of 6 sachets for $27, which is $4.50 a sachet"
cl(M, aq, sq, "6 sachets", 6, 6, "sachets", "=", "box of dishwasher descaler", "sachets per box", "count")
cl(M, aq, sq, "$27", 27, 27, "AUD", "=", "box of dishwasher descaler", "price", "price")
cl(M, aq, sq, "$4.50 a sachet", 4.5, 4.5, "AUD", "=", "dishwasher descaler sachet", "price each", "price")
aq = "Replacing drum bearings usually costs around $350"
cl(M, aq, "Replacing drum bearings usually costs around $350 including labour, so check the machine's age before quoting", "around $350", 350, 350, "AUD", "~", "drum bearing replacement", "typical cost", "price")
aq = "Replacing an oven door seal used to cost $95"
cl(M, aq, "Replacing an oven door seal used to cost $95 before the 2024 price update", "$95", 95, 95, "AUD", "=", "oven door seal before 2024", "price", "price")
aq = "Changes made less than 3 hours before the window starts"
sq = "Changes made less than 3 hours before the window starts attract a $45 late-change fee"
cl(M, aq, sq, "less than 3 hours", None, 3, "hour", "<", "late booking change", "notice given", "duration")
cl(M, aq, sq, "$45", 45, 45, "AUD", "=", "late booking change", "fee", "price")

# help centre (11 answers)
aq = "We'll repair appliances up to 15 years old"
cl(H, aq, "We'll repair appliances up to 15 years old, provided the parts are still available", "up to 15 years old", None, 15, "year", "<=", "appliance repairs", "maximum appliance age", "limit")
aq = "Yes. You'll get an SMS about an hour before"
cl(H, aq, "You'll get an SMS about an hour before the technician turns up, with a link to follow the van on a map", "about an hour", 1, 1, "hour", "~", "arrival text message", "notice before arrival", "duration")
aq = "Most dishwasher services are done in about 40 minutes"
cl(H, aq, "Most dishwasher services are done in about 40 minutes, including a test cycle at the end", "about 40 minutes", 40, 40, "minute", "~", "dishwasher service", "typical duration", "duration")
aq = "You can reschedule free of charge up to 3 hours"
cl(H, aq, "You can reschedule free of charge up to 3 hours before your arrival window starts, online or over the phone", "up to 3 hours", 3, None, "hour", ">=", "free rescheduling", "notice required", "duration")
aq = "Our callout fee is $89 anywhere in metro Melbourne"
sq = "Our callout fee is $89 anywhere in metro Melbourne, and it covers the first 30 minutes of diagnosis"
cl(H, aq, sq, "$89", 89, 89, "AUD", "=", "metro Melbourne callout", "fee", "price")
cl(H, aq, sq, "first 30 minutes", None, 30, "minute", "<=", "metro Melbourne callout", "diagnosis time included", "limit")
aq = "A replacement drain pump is $85"
sq = "A replacement drain pump is $85 and a new door lock is $47, so the two parts together cost $122"
cl(H, aq, sq, "$85", 85, 85, "AUD", "=", "replacement drain pump", "price", "price")
cl(H, aq, sq, "$47", 47, 47, "AUD", "=", "replacement door lock", "price", "price")
cl(H, aq, sq, "$122", 122, 122, "AUD", "=", "drain pump and door lock together", "total price", "price")
aq = "Yes. Filters for 90 cm rangehoods are $39"
cl(H, aq, "Filters for 90 cm rangehoods are $39, and we can post them to you", "$39", 39, 39, "AUD", "=", "90 cm rangehood filter", "price", "price")
aq = "Since 2024, a full fridge regas costs $260"
cl(H, aq, "Since 2024, a full fridge regas costs $260, including leak testing and the refrigerant", "$260", 260, 260, "AUD", "=", "fridge regas", "price", "price")
aq = "It depends on the model."
cl(H, aq, "For example, a bearing job on a large-capacity front loader might run to $480", "$480", 480, 480, "AUD", "=", "bearing repair on a large-capacity front loader", "cost", "price", True)
aq = "Fixwell Care is $179 a year"
sq = "Fixwell Care is $179 a year and includes one free service visit plus priority booking"
cl(H, aq, sq, "$179 a year", 179, 179, "AUD/year", "=", "Fixwell Care", "annual price", "price")
cl(H, aq, sq, "one free service visit", 1, 1, "visits", "=", "Fixwell Care", "free service visits included", "count")
aq = "Care members get 20% off parts"
sq = "Care members get 20% off parts, so a $150 part costs them $120"
cl(H, aq, sq, "20% off", 20, 20, "%", "=", "Fixwell Care members", "discount on parts", "percentage")
cl(H, aq, sq, "$150", 150, 150, "AUD", "=", "example part", "price before the discount", "price")
cl(H, aq, sq, "$120", 120, 120, "AUD", "=", "example part for a Care member", "price after the discount", "price")

# knowledge base (11 answers)
aq = "Every repair we do comes with a 12-month"
cl(J, aq, "Every repair we do comes with a 12-month parts and labour warranty", "12-month", 12, 12, "month", "=", "repair parts and labour", "warranty length", "duration")
aq = "We charge labour in 15-minute blocks"
cl(J, aq, "We charge labour in 15-minute blocks, so you only pay for the time the job actually takes", "15-minute", 15, 15, "minute", "=", "labour billing", "billing increment", "duration")
aq = "Yes. A $400 repair can be split"
sq = "A $400 repair can be split into four fortnightly payments of $110 each, with no interest"
cl(J, aq, sq, "$400", 400, 400, "AUD", "=", "example repair", "price", "price")
cl(J, aq, sq, "four fortnightly payments", 4, 4, "payments", "=", "repair payment plan", "number of instalments", "count")
cl(J, aq, sq, "$110 each", 110, 110, "AUD", "=", "repair payment plan", "instalment", "price")
aq = "(2021) Regassing a fridge is $220"
cl(J, aq, "(2021) Regassing a fridge is $220 including the refrigerant", "$220", 220, 220, "AUD", "=", "fridge regas", "price", "price")
aq = "(2023) Seniors Card holders receive 5% off labour"
cl(J, aq, "(2023) Seniors Card holders receive 5% off labour on any booking", "5% off", 5, 5, "%", "=", "seniors discount", "discount on labour", "percentage")
aq = "Yes. Callouts to regional Victoria are $129"
cl(J, aq, "Callouts to regional Victoria are $129 because of the extra travel time", "$129", 129, 129, "AUD", "=", "regional Victoria callout", "fee", "price")
aq = "A filter for a 60 cm rangehood is $29"
cl(J, aq, "A filter for a 60 cm rangehood is $29, or you can wash the metal mesh type yourself", "$29", 29, 29, "AUD", "=", "60 cm rangehood filter", "price", "price")
aq = "Fixwell Care Plus costs $249 a year"
sq = "Fixwell Care Plus costs $249 a year and covers up to three appliances in the same home"
cl(J, aq, sq, "$249 a year", 249, 249, "AUD/year", "=", "Fixwell Care Plus", "annual price", "price")
cl(J, aq, sq, "up to three appliances", None, 3, "appliances", "<=", "Fixwell Care Plus", "appliances covered", "limit")
aq = "Most parts arrive in 3 to 5 business days"
cl(J, aq, "Most parts arrive in 3 to 5 business days from our Dandenong warehouse", "3 to 5 business days", 3, 5, "business day", "=", "parts ordered in", "delivery time", "duration")
aq = "An oven door seal is $120 fitted"
cl(J, aq, "An oven door seal is $120 fitted, and we take the old seal away", "$120", 120, 120, "AUD", "=", "oven door seal, fitted", "price", "price")
aq = "A full dishwasher service can take up to 90 minutes"
cl(J, aq, "A full dishwasher service can take up to 90 minutes if the spray arms and pump need a proper clean", "up to 90 minutes", None, 90, "minute", "<=", "full dishwasher service", "duration", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
