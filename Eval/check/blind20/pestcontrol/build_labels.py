#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the pestcontrol domain (Tussock Pest Management)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "customer-answers.txt", "technician-handbook.md", "pest-faq.html", "chatbot-intents.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The customer answers give free travel to Christchurch, Rolleston, Rangiora and Kaiapoi, while the handbook makes travel free in Christchurch city and Rolleston only (elsewhere a $30 charge).",
  "towns with no travel charge", side(T, "We come out at no travel charge to Christchurch, Rolleston, Rangiora and Kaiapoi"), side(M, "Travel is free inside Christchurch city and Rolleston only")),
 ("list", "The FAQ page says the general insect treatment covers spiders, cockroaches, ants and silverfish, while the chatbot says the standard interior spray covers spiders, cockroaches and ants but not silverfish.",
  "insects covered by the standard spray", side(H, "Our general insect treatment takes care of spiders, cockroaches, ants and silverfish"), side(J, "A standard interior spray deals with spiders, cockroaches and ants, but not silverfish")),
 ("list", "The chatbot says HomeGuard visits cover spiders, ants, cockroaches, rats and mice, while the handbook calls HomeGuard an insects-only plan (spiders, ants and cockroaches).",
  "pests included in HomeGuard", side(J, "HomeGuard visits deal with spiders, ants, cockroaches, rats and mice"), side(M, "HomeGuard is an insects-only plan: spiders, ants and cockroaches")),
 # polarity
 ("polarity", "The customer answers let pets stay indoors during a spider spray, while the FAQ page says cats and dogs must be out of the house while spraying.",
  "pets in the house during a spray", side(T, "Pets can stay indoors while we do a spider spray"), side(H, "Cats and dogs need to be out of the house while we spray")),
 ("polarity", "The FAQ page says quotes for homes are always free, while the handbook charges an $85 inspection fee for every residential quote visit.",
  "whether a home quote visit is free", side(H, "Quotes for homes are always free"), side(M, "Charge the $85 inspection fee for every residential quote visit")),
 ("polarity", "The customer answers offer Saturday morning appointments, while the chatbot says technicians don't work weekends.",
  "weekend appointments", side(T, "Saturday morning appointments are available at no extra cost"), side(J, "Our technicians don't work weekends")),
 # numeric
 ("numeric", "The customer answers guarantee spider treatments for 12 months, while the chatbot says the spider guarantee lasts six months.",
  "length of the spider guarantee", side(T, "Every spider treatment we do is guaranteed for 12 months"), side(J, "Our spider guarantee lasts six months from the day of treatment")),
 ("numeric", "The FAQ page lets people back inside two hours after an indoor spray, while the handbook says to keep out of treated rooms for at least 4 hours.",
  "time to stay out after an interior spray", side(H, "After we've sprayed indoors, wait two hours before going back inside"), side(M, "keep out of treated rooms for at least 4 hours after an interior spray")),
 ("numeric", "The customer answers price wasp nest removal at $165, while the FAQ page says a flat NZ$145.",
  "price of removing a wasp nest", side(T, "Getting rid of a wasp nest costs $165"), side(H, "Wasp nest removal is a flat NZ$145")),
 ("numeric", "The handbook allows free cancellation up to 24 hours beforehand, while the chatbot needs at least 48 hours' notice.",
  "notice needed to cancel without charge", side(M, "cancel or move a booking without charge up to 24 hours beforehand"), side(J, "To cancel without paying, you need to give us at least 48 hours' notice")),
 # arithmetic
 ("arithmetic", "120 m2 x $9.50 is $1,140, not $1,240.",
  "price of borer treatment for a 120 m2 subfloor", side(H, "Borer treatment is charged at $9.50 per square metre of subfloor"), side(H, "so a house with 120 m² of subfloor comes to $1,240")),
 ("arithmetic", "$200 plus 15% GST is $230, not $220.",
  "GST-inclusive price of a $200 job", side(J, "With GST at 15%, a job priced at $200 before tax"), side(J, "comes to $220 on the invoice")),
 ("arithmetic", "12 x $185 is $2,220 a year, not $2,120.",
  "yearly cost of a commercial contract", side(M, "A monthly commercial service contract is $185 a month"), side(M, "which works out at $2,120 a year")),
 # stale
 ("stale", "A 2022 note puts the call-out charge at $60, while a 2024 answer gives a $75 callout fee.",
  "callout fee", side(M, "(2022) The call-out charge is $60"), side(T, "Since 2024, our callout fee has been $75")),
 ("stale", "A 2023 record counts 8 licensed technicians, while a 2025 answer counts 14.",
  "number of technicians", side(J, "(2023) We have 8 licensed technicians"), side(H, "As of 2025, we have a team of 14 technicians")),
 ("stale", "A 2023 answer prices a one-bedroom bed bug treatment at $450, while a 2025 note prices a single-bedroom heat treatment at $520.",
  "price of a bed bug treatment for one bedroom", side(H, "(2023) A bed bug treatment for one bedroom costs $450"), side(M, "Since 2025, heat treatment for bed bugs in a single bedroom is $520")),
]

traps = [
 ("Different size: $189 for homes up to three bedrooms, $239 for four or five bedrooms.",
  side(T, "$189 for homes up to three bedrooms"), side(H, "Homes with four or five bedrooms are $239")),
 ("Different customer type: a residential rodent visit is $120, a one-off rodent visit to a commercial kitchen $210.",
  side(M, "A residential rodent visit is $120"), side(J, "For commercial kitchens, each one-off rodent service visit is $210")),
 ("Different region: next working day in Christchurch city, up to a week on Banks Peninsula.",
  side(T, "In Christchurch city we can usually be with you the next working day"), side(M, "On Banks Peninsula, a customer may wait up to a week for us")),
 ("Different condition (scope of the spray): exterior-only $129, inside and out $189.",
  side(M, "An exterior-only spider spray (eaves, window frames, doors and decks) is $129"), side(T, "A spider spray inside and out costs $189")),
 ("Similarly named plans: HomeGuard Plus $545 a year, HomeGuard $395 a year.",
  side(H, "HomeGuard Plus is $545 a year"), side(T, "HomeGuard costs $395 a year and gives you four scheduled visits")),
 ("Same value in other units: 60°C is 140°F.",
  side(J, "The air in the room is held at 60°C"), side(T, "Our bed bug heaters warm each room to 140°F")),
 ("Correct computation: twelve stations at $8 are $96.",
  side(T, "Extra bait stations are $8 each"), side(T, "putting twelve around your section adds $96 to the invoice")),
 ("Correct percentage: 10% off $189 is $170.10.",
  side(H, "SuperGold Card holders get 10% off"), side(H, "so a $189 spider spray comes down to $170.10")),
 ("About 10 days lies inside the 7 to 14 day range.",
  side(T, "Ants should disappear within 7 to 14 days"), side(H, "You'll usually see the last of the ants after about 10 days")),
 ("Four visits is a hedged example ('For example ... might'), not the usual two visits.",
  side(M, "a badly infested rental might need as many as four visits"), side(H, "Most cockroach jobs need two visits, three weeks apart")),
 ("The $10 possum trap hire is explicitly the rate before the 2024 price review; $15 a week is current.",
  side(M, "Possum trap hire used to be $10 a week, before the 2024 price review"), side(T, "Possum traps can be hired for $15 a week")),
 ("'Up to 8 hours' is the longest a heat treatment takes; most finish in about 5 hours.",
  side(M, "A heat treatment can take up to 8 hours"), side(J, "Most heat treatments are finished in about 5 hours")),
 ("The list of pests is open ('such as'), so carpet beetle is consistent.",
  side(H, "We deal with pests such as rats, mice, wasps and fleas"), side(J, "Yes, we also treat carpet beetle")),
 ("The same minimum booking age stated in both directions (18 or over / not under 18).",
  side(M, "Only take bookings from someone aged 18 or over"), side(H, "We can't accept a booking from anyone under 18")),
]

DOMAIN = ("Tussock Pest Management, a fictional household and commercial pest control company in Christchurch and "
          "Canterbury, New Zealand (prices in New Zealand dollars, GST included): spider, ant, cockroach, wasp, rodent, "
          "borer, possum and bed bug treatments, the HomeGuard and HomeGuard Plus plans, travel and callout charges, "
          "guarantees, safety times for people and pets, bookings, cancellations, quotes, discounts and the team.")
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

# customer answers (9 answers)
aq = "Every spider treatment we do is guaranteed for 12 months"
cl(T, aq, "Every spider treatment we do is guaranteed for 12 months: if they're back inside that time, we'll re-spray at no charge", "12 months", 12, 12, "month", "=", "spider treatment", "guarantee period", "duration")
aq = "Getting rid of a wasp nest costs $165"
sq = "Getting rid of a wasp nest costs $165, and we'll come back for free if the wasps are still flying after a week"
cl(T, aq, sq, "$165", 165, 165, "NZD", "=", "wasp nest removal", "price", "price")
cl(T, aq, sq, "after a week", 1, 1, "week", "=", "wasp nest removal", "time before a free return visit", "duration")
aq = "Since 2024, our callout fee has been $75"
cl(T, aq, "Since 2024, our callout fee has been $75, and we waive it if you go ahead with the treatment on the day", "$75", 75, 75, "NZD", "=", "callout", "callout fee", "price")
aq = "A spider spray inside and out costs $189"
sq = "A spider spray inside and out costs $189 for homes up to three bedrooms, and that includes the garage and any decks"
cl(T, aq, sq, "$189", 189, 189, "NZD", "=", "inside-and-out spider spray", "price", "price")
cl(T, aq, sq, "up to three bedrooms", None, 3, "bedrooms", "<=", "home covered by the $189 price", "house size", "limit")
aq = "HomeGuard costs $395 a year"
sq = "HomeGuard costs $395 a year and gives you four scheduled visits, spread across the seasons"
cl(T, aq, sq, "$395 a year", 395, 395, "NZD/year", "=", "HomeGuard", "plan price", "price")
cl(T, aq, sq, "four scheduled visits", 4, 4, "visits", "=", "HomeGuard", "visits per year", "count")
aq = "Extra bait stations are $8 each"
sq = "Extra bait stations are $8 each, so putting twelve around your section adds $96 to the invoice"
cl(T, aq, sq, "$8 each", 8, 8, "NZD", "=", "extra bait station", "price each", "price")
cl(T, aq, sq, "twelve", 12, 12, "bait stations", "=", "example section", "bait stations added", "count")
cl(T, aq, sq, "$96", 96, 96, "NZD", "=", "twelve extra bait stations", "total price", "price")
aq = "Ants should disappear within 7 to 14 days"
cl(T, aq, "Ants should disappear within 7 to 14 days, because the workers carry the bait back to the nest and share it", "within 7 to 14 days", 7, 14, "day", "=", "ant treatment", "time until the ants are gone", "duration")
aq = "Possum traps can be hired for $15 a week"
cl(T, aq, "Possum traps can be hired for $15 a week, and we'll show you how to set them safely before we leave", "$15 a week", 15, 15, "NZD/week", "=", "possum trap hire", "hire price", "price")
aq = "Our bed bug heaters warm each room to 140°F"
cl(T, aq, "Our bed bug heaters warm each room to 140°F, which kills the eggs as well as the adults", "140°F", 140, 140, "°F", "=", "bed bug heat treatment", "room temperature", "other")

# technician handbook (10 answers)
aq = "Travel is free inside Christchurch city and Rolleston only."
cl(M, aq, "Anywhere else, add the $30 travel charge to the job sheet before you leave the depot", "$30", 30, 30, "NZD", "=", "jobs outside Christchurch city and Rolleston", "travel charge", "price")
aq = "Charge the $85 inspection fee"
cl(M, aq, "Charge the $85 inspection fee for every residential quote visit", "$85", 85, 85, "NZD", "=", "residential quote visit", "inspection fee", "price")
aq = "Tell customers to keep out of treated rooms"
cl(M, aq, "Tell customers to keep out of treated rooms for at least 4 hours after an interior spray, and longer if the carpet is still damp", "at least 4 hours", 4, None, "hour", ">=", "interior spray", "time to stay out of treated rooms", "duration")
aq = "Customers can cancel or move a booking"
cl(M, aq, "Customers can cancel or move a booking without charge up to 24 hours beforehand", "up to 24 hours beforehand", 24, None, "hour", ">=", "cancelling a booking", "notice needed to avoid a charge", "duration")
aq = "A monthly commercial service contract is $185 a month"
sq = "A monthly commercial service contract is $185 a month, which works out at $2,120 a year"
cl(M, aq, sq, "$185 a month", 185, 185, "NZD/month", "=", "commercial service contract", "contract price", "price")
cl(M, aq, sq, "$2,120 a year", 2120, 2120, "NZD/year", "=", "commercial service contract", "yearly cost", "price")
aq = "(2022) The call-out charge is $60"
cl(M, aq, "(2022) The call-out charge is $60, and it's waived when the customer books the treatment on the spot", "$60", 60, 60, "NZD", "=", "callout", "callout fee", "price")
aq = "A residential rodent visit is $120"
sq = "A residential rodent visit is $120, including up to six bait stations under the house and in the roof space"
cl(M, aq, sq, "$120", 120, 120, "NZD", "=", "residential rodent visit", "price per visit", "price")
cl(M, aq, sq, "up to six bait stations", None, 6, "bait stations", "<=", "residential rodent visit", "bait stations included", "limit")
aq = "Heavy infestations take longer to clear."
cl(M, aq, "For example, a badly infested rental might need as many as four visits before it's clean", "as many as four visits", None, 4, "visits", "<=", "badly infested rental", "cockroach treatment visits", "count", True)
aq = "Since 2025, heat treatment for bed bugs"
cl(M, aq, "Since 2025, heat treatment for bed bugs in a single bedroom is $520", "$520", 520, 520, "NZD", "=", "bed bug heat treatment for a single bedroom", "price", "price")
cl(M, aq, "A heat treatment can take up to 8 hours, so the customer should plan to be away from home", "up to 8 hours", None, 8, "hour", "<=", "bed bug heat treatment", "duration", "duration")
aq = "Only take bookings from someone aged 18 or over"
cl(M, aq, "Only take bookings from someone aged 18 or over", "aged 18 or over", 18, None, "year", ">=", "person making a booking", "minimum age", "limit")

# FAQ page, Org export (11 answers)
aq = "Wasp nest removal is a flat NZ$145"
cl(H, aq, "Wasp nest removal is a flat NZ$145 for a nest you can reach from the", "NZ$145", 145, 145, "NZD", "=", "wasp nest removal", "price", "price")
aq = "Homes with four or five bedrooms are $239"
sq = "Homes with four or five bedrooms are $239 for the full spider treatment"
cl(H, aq, sq, "four or five bedrooms", 4, 5, "bedrooms", "=", "larger home", "house size", "count")
cl(H, aq, sq, "$239", 239, 239, "NZD", "=", "full spider treatment for four or five bedrooms", "price", "price")
aq = "HomeGuard Plus is $545 a year."
cl(H, aq, "HomeGuard Plus is $545 a year", "$545 a year", 545, 545, "NZD/year", "=", "HomeGuard Plus", "plan price", "price")
cl(H, aq, "You get the four seasonal insect visits plus a rodent baiting programme", "four seasonal insect visits", 4, 4, "visits", "=", "HomeGuard Plus", "insect visits per year", "count")
aq = "Borer treatment is charged at $9.50 per square metre of subfloor"
cl(H, aq, "Borer treatment is charged at $9.50 per square metre of subfloor", "$9.50 per square metre", 9.5, 9.5, "NZD/m²", "=", "borer treatment", "price per square metre", "price")
sq = "so a house with 120 m² of subfloor comes to $1,240"
cl(H, aq, sq, "120 m²", 120, 120, "m²", "=", "example house", "subfloor area", "other")
cl(H, aq, sq, "$1,240", 1240, 1240, "NZD", "=", "borer treatment for 120 m²", "total price", "price")
aq = "(2023) A bed bug treatment for one bedroom costs $450"
sq = "(2023) A bed bug treatment for one bedroom costs $450"
cl(H, aq, sq, "one bedroom", 1, 1, "bedrooms", "=", "bed bug treatment", "rooms treated", "count")
cl(H, aq, sq, "$450", 450, 450, "NZD", "=", "bed bug treatment for one bedroom", "price", "price")
sq = "covering two chemical spray visits a fortnight apart"
cl(H, aq, sq, "two chemical spray visits", 2, 2, "visits", "=", "bed bug treatment", "visits", "count")
cl(H, aq, sq, "a fortnight apart", 2, 2, "week", "=", "bed bug spray visits", "time between visits", "duration")
aq = "After we've sprayed indoors, wait two hours"
cl(H, aq, "After we've sprayed indoors, wait two hours before going back inside", "two hours", 2, 2, "hour", "=", "interior spray", "time to stay out", "duration")
aq = "You'll usually see the last of the ants after about 10 days"
cl(H, aq, "You'll usually see the last of the ants after about 10 days", "about 10 days", 10, 10, "day", "~", "ant treatment", "time until the ants are gone", "duration")
aq = "Most cockroach jobs need two visits"
sq = "Most cockroach jobs need two visits, three weeks apart"
cl(H, aq, sq, "two visits", 2, 2, "visits", "=", "cockroach job", "visits", "count")
cl(H, aq, sq, "three weeks apart", 3, 3, "week", "=", "cockroach visits", "time between visits", "duration")
aq = "Yes. SuperGold Card holders get 10% off"
cl(H, aq, "SuperGold Card holders get 10% off", "10% off", 10, 10, "%", "=", "SuperGold Card holders", "discount", "percentage")
sq = "so a $189 spider spray comes down to $170.10"
cl(H, aq, sq, "$189", 189, 189, "NZD", "=", "spider spray", "full price", "price")
cl(H, aq, sq, "$170.10", 170.1, 170.1, "NZD", "=", "spider spray with SuperGold discount", "discounted price", "price")
aq = "We can't accept a booking from anyone under 18"
cl(H, aq, "We can't accept a booking from anyone under 18, so please ask a parent", "under 18", 18, None, "year", ">=", "person making a booking", "minimum age", "limit")
aq = "As of 2025, we have a team of 14 technicians"
cl(H, aq, "As of 2025, we have a team of 14 technicians, all Growsafe certified", "14 technicians", 14, 14, "technicians", "=", "Tussock team", "technicians", "count")

# chatbot intents (6 answers)
aq = "Our spider guarantee lasts six months"
cl(J, aq, "Our spider guarantee lasts six months from the day of treatment", "six months", 6, 6, "month", "=", "spider treatment", "guarantee period", "duration")
aq = "Yes. To cancel without paying"
cl(J, aq, "To cancel without paying, you need to give us at least 48 hours' notice; otherwise the callout fee is charged", "at least 48 hours' notice", 48, None, "hour", ">=", "cancelling a booking", "notice needed to avoid a charge", "duration")
aq = "Yes. With GST at 15%"
sq = "With GST at 15%, a job priced at $200 before tax comes to $220 on the invoice"
cl(J, aq, sq, "15%", 15, 15, "%", "=", "GST", "tax rate", "percentage")
cl(J, aq, sq, "$200", 200, 200, "NZD", "=", "example job before tax", "price before GST", "price")
cl(J, aq, sq, "$220", 220, 220, "NZD", "=", "example job with GST", "price including GST", "price")
aq = "(2023) We have 8 licensed technicians"
cl(J, aq, "(2023) We have 8 licensed technicians covering Christchurch and the surrounding districts", "8 licensed technicians", 8, 8, "technicians", "=", "Tussock team", "technicians", "count")
aq = "The air in the room is held at 60°C"
cl(J, aq, "The air in the room is held at 60°C until the sensors show every hiding place is hot enough", "60°C", 60, 60, "°C", "=", "bed bug heat treatment", "room temperature", "other")
aq = "Most heat treatments are finished in about 5 hours"
cl(J, aq, "Most heat treatments are finished in about 5 hours, and you can go back in as soon as the rooms have cooled", "about 5 hours", 5, 5, "hour", "~", "bed bug heat treatment", "duration", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
