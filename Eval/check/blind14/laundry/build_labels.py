#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the laundry domain (Freshfold laundry pickup service)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, D = "customer-replies.txt", "ops-handbook.md", "services-faq.html", "pricing-and-policies.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The saved replies collect in Fitzroy, Carlton, Brunswick, Richmond and St Kilda, while the services FAQ covers Fitzroy, Carlton and Collingwood only.",
  "suburbs where pickups are offered", side(T, "We currently collect in Fitzroy, Carlton, Brunswick, Richmond and St Kilda"), side(H, "Our drivers cover Fitzroy, Carlton and Collingwood only")),
 ("list", "The ops handbook stocks two detergents (fragrance-free and eco), while the pricing page offers three, adding standard.",
  "detergents customers can choose", side(M, "We stock two detergents, fragrance-free and eco"), side(D, "Choose from three detergents: standard, fragrance-free and eco")),
 ("list", "The saved replies take Visa, Mastercard, Amex and Apple Pay, while the pricing page takes Visa or Mastercard only.",
  "accepted payment methods", side(T, "We take Visa, Mastercard, Amex and Apple Pay"), side(D, "Payment is by Visa or Mastercard only")),
 # polarity
 ("polarity", "The saved replies collect from and deliver to parcel lockers, while the ops handbook says parcel lockers can't be used for pickups or drop-offs.",
  "pickups and deliveries via parcel lockers", side(T, "we're happy to collect from and deliver to parcel lockers"), side(M, "Parcel lockers can't be used for pickups or drop-offs")),
 ("polarity", "The services FAQ says clothes are never washed with anyone else's, while the pricing page combines small orders into shared loads.",
  "whether orders are washed separately", side(H, "Your clothes are never washed with anyone else's"), side(D, "small orders are combined into shared loads")),
 ("polarity", "The ops handbook offers express same-day service on Sundays, while the pricing page says there is no express service at weekends.",
  "express service at weekends", side(M, "Express same-day service is available on Sundays"), side(D, "There's no express service at weekends")),
 # numeric
 ("numeric", "The services FAQ charges wash and fold at $4.50 per kilo, while the pricing page gives a rate of $3.90/kg.",
  "wash-and-fold price per kilo", side(H, "Wash and fold is charged by weight at $4.50 per kilo"), side(D, "Our wash-and-fold rate is $3.90/kg, with detergent and folding included")),
 ("numeric", "The saved replies need at least $35 per pickup, while the ops handbook sets the minimum spend at $30.",
  "minimum order value", side(T, "We need at least $35 of laundry per pickup"), side(M, "Minimum spend per order is $30")),
 ("numeric", "The services FAQ returns standard wash and fold within 48 hours, while the ops handbook says to allow three days.",
  "standard wash-and-fold turnaround", side(H, "Standard wash and fold is back at your door within 48 hours"), side(M, "Allow three days for a regular wash & fold order")),
 ("numeric", "The ops handbook pays up to $250 per item for loss or damage, while the pricing page caps compensation at $150.",
  "maximum compensation per lost or damaged item", side(M, "We'll pay up to $250 per item for loss or damage"), side(D, "Compensation for a lost or damaged garment is capped at $150")),
 # arithmetic
 ("arithmetic", "5 x $6.50 is $32.50, so five for $29 saves $3.50, not $4.50.",
  "saving on five shirts", side(D, "Shirts are $6.50 each, or five for $29"), side(D, "a saving of $4.50 on the single price")),
 ("arithmetic", "$79 for 20 kg is $3.95 a kilo, not under $3.50.",
  "price per kilo on the Fresh 20 plan", side(T, "The Fresh 20 plan is $79 a month for 20 kg"), side(T, "which works out at under $3.50 a kilo")),
 ("arithmetic", "25% off $60 is $45, not $40.",
  "first-order discount example", side(H, "New customers get 25% off their first order"), side(H, "so a $60 order costs $40")),
 # stale
 ("stale", "A 2022 answer prices express same-day service at $12 extra, while since 2024 the express surcharge is $15.",
  "express surcharge", side(D, "(2022) Express same-day service costs an extra $12 per order"), side(H, "Since 2024, the express surcharge is $15 per order")),
 ("stale", "A 2022 note gives three-hour pickup windows, while a 2025 answer gives two-hour windows.",
  "length of the pickup window", side(M, "(2022) Pickup windows are three hours long"), side(T, "As of 2025, we give you a two-hour pickup window")),
 ("stale", "A 2023 answer prices Fresh 40 at $139 a month, while a 2025 note gives $149.",
  "monthly price of the Fresh 40 plan", side(D, "(2023) Fresh 40 is $139 a month"), side(M, "As of 2025, Fresh 40 costs $149 per month")),
]

traps = [
 ("Different condition (service): dry cleaning takes 3 to 4 working days, doonas and other bulky items five.",
  side(D, "Dry cleaning comes back in 3 to 4 working days"), side(T, "Doonas and other bulky items need five working days")),
 ("Different tier: extra kilos cost $3.80 on Fresh 20 and $3.40 on Fresh 40.",
  side(H, "On Fresh 20, extra kilos are $3.80 each"), side(D, "Fresh 40 members pay $3.40 for every kilo over their allowance")),
 ("Different tier: pay-as-you-go delivery is $4.95 each way, plan members pay $2.50.",
  side(M, "Pay-as-you-go delivery is $4.95 each way"), side(H, "Plan members pay $2.50 each way for delivery")),
 ("Different size: a single doona is $32, a king-size doona $49.",
  side(T, "A single doona is $32 to clean"), side(M, "Cleaning a king-size doona costs $49")),
 ("Similarly named products: the Everyday Bag holds up to 8 kg, the Everyday Bag XL up to 12 kg.",
  side(M, "The Everyday Bag holds up to 8 kg of dry laundry"), side(H, "The Everyday Bag XL holds up to 12 kg")),
 ("Same value in other units: 60 °C is 140 °F.",
  side(D, "Towels and sheets are washed hot at 60 °C"), side(T, "All bedding goes through a 140 °F hot cycle")),
 ("Correct computation: 4 x $12 = $48.",
  side(M, "Pillows are cleaned for $12 each"), side(M, "so a set of four comes to $48")),
 ("Correct percentage: 10% off $50 is $45.",
  side(T, "Seniors Card holders get 10% off every order"), side(T, "so a $50 order becomes $45")),
 ("The typical 36 hours lies inside the 24 to 48 hour range.",
  side(D, "Ironed shirts are ready in 24 to 48 hours"), side(H, "Most shirts are back in around 36 hours")),
 ("Two bags a week is a hedged example for a family of four ('For example ... might'), not the typical one bag.",
  side(H, "a family of four might fill two bags a week"), side(T, "A typical customer sends one bag a week")),
 ("The $5.90 shirt price is explicitly the pre-2024 price; $6.50 is current.",
  side(M, "Shirts used to be $5.90 each before the 2024 price rise"), side(T, "A business shirt, washed and pressed on a hanger, is $6.50")),
 ("'Up to 2,000 kg a day' is the plant's capacity; a typical day is around 1,200 kg.",
  side(D, "Our Collingwood plant washes up to 2,000 kg a day"), side(M, "On a typical day we process around 1,200 kg")),
 ("The specialty items list is open ('such as'), so pet beds are consistent.",
  side(H, "We clean specialty items such as doonas, curtains and sleeping bags"), side(D, "we also clean pet beds and dog blankets")),
 ("The two-hour cancellation rule stated in both directions (free at least 2 hours before, $10 fee within two hours).",
  side(T, "Cancel at least 2 hours before your window and there's no charge"), side(H, "Cancellations within two hours of the window attract a $10 fee")),
]

DOMAIN = ("Freshfold, a fictional Melbourne laundry and dry-cleaning pickup service (Australian dollars, kg, °C) with "
          "Fresh 20 and Fresh 40 monthly plans: suburbs served, pickup windows and parcel lockers, wash-and-fold and "
          "dry-cleaning prices and turnaround, express service, detergents and wash temperatures, bags, doonas, shirts, "
          "delivery fees, discounts, minimum order, cancellation and compensation for lost or damaged items.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in every answer of the four files
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass,
              "hedged": hedged})

# saved replies (10 answers)
aq = "We need at least $35 of laundry per pickup"
cl(T, aq, "We need at least $35 of laundry per pickup; anything under that is topped up to the minimum", "at least $35", 35, None, "AUD", ">=", "order per pickup", "minimum order value", "limit")
aq = "The Fresh 20 plan is $79 a month for 20 kg"
sq = "The Fresh 20 plan is $79 a month for 20 kg, which works out at under $3.50 a kilo"
cl(T, aq, sq, "$79 a month", 79, 79, "AUD/month", "=", "Fresh 20 plan", "price", "price")
cl(T, aq, sq, "20 kg", 20, 20, "kg", "=", "Fresh 20 plan", "monthly allowance", "other")
cl(T, aq, sq, "under $3.50 a kilo", None, 3.5, "AUD/kg", "<", "Fresh 20 plan", "price per kilo", "price")
aq = "As of 2025, we give you a two-hour pickup window"
cl(T, aq, "As of 2025, we give you a two-hour pickup window, and the driver texts you when they're on the way", "two-hour", 2, 2, "hour", "=", "pickup window", "window length", "duration")
aq = "Doonas and other bulky items need five working days"
cl(T, aq, "Doonas and other bulky items need five working days, because they take longer to dry properly", "five working days", 5, 5, "working day", "=", "doonas and bulky items", "turnaround", "duration")
aq = "A single doona is $32 to clean"
cl(T, aq, "A single doona is $32 to clean, and it comes back in a zip-up storage bag", "$32", 32, 32, "AUD", "=", "single doona cleaning", "price", "price")
aq = "All bedding goes through a 140 °F hot cycle"
cl(T, aq, "All bedding goes through a 140 °F hot cycle, which also takes care of dust mites", "140 °F", 140, 140, "°F", "=", "bedding wash", "wash temperature", "other")
aq = "Seniors Card holders get 10% off every order"
sq = "Seniors Card holders get 10% off every order, so a $50 order becomes $45"
cl(T, aq, sq, "10% off", 10, 10, "%", "=", "Seniors Card discount", "discount", "percentage")
cl(T, aq, sq, "$50", 50, 50, "AUD", "=", "example order", "price before discount", "price")
cl(T, aq, sq, "$45", 45, 45, "AUD", "=", "example order", "price after discount", "price")
aq = "A typical customer sends one bag a week"
cl(T, aq, "A typical customer sends one bag a week, usually on the same day each time", "one bag a week", 1, 1, "bags/week", "~", "typical customer", "bags sent", "count")
aq = "A business shirt, washed and pressed on a hanger, is $6.50."
cl(T, aq, "A business shirt, washed and pressed on a hanger, is $6.50", "$6.50", 6.5, 6.5, "AUD", "=", "business shirt", "price", "price")
aq = "Cancel at least 2 hours before your window"
cl(T, aq, "Cancel at least 2 hours before your window and there's no charge at all", "at least 2 hours", 2, None, "hour", ">=", "free cancellation", "notice before the pickup window", "duration")

# ops handbook (12 answers)
aq = "We stock two detergents, fragrance-free and eco."
cl(M, aq, "We stock two detergents, fragrance-free and eco", "two detergents", 2, 2, "detergents", "=", "detergent choice", "number of detergents", "count")
aq = "Minimum spend per order is $30."
cl(M, aq, "Minimum spend per order is $30", "$30", 30, None, "AUD", ">=", "order", "minimum order value", "limit")
aq = "Allow three days for a regular wash & fold order."
cl(M, aq, "Allow three days for a regular wash & fold order", "three days", 3, 3, "day", "=", "standard wash and fold order", "turnaround", "duration")
aq = "We'll pay up to $250 per item for loss or damage"
cl(M, aq, "We'll pay up to $250 per item for loss or damage, based on the item's age and the receipt", "up to $250 per item", None, 250, "AUD", "<=", "lost or damaged item", "compensation", "limit")
aq = "(2022) Pickup windows are three hours long"
cl(M, aq, "(2022) Pickup windows are three hours long, and customers pick one when they book", "three hours", 3, 3, "hour", "=", "pickup window", "window length", "duration")
aq = "As of 2025, Fresh 40 costs $149 per month"
sq = "As of 2025, Fresh 40 costs $149 per month and includes 40 kg of wash & fold"
cl(M, aq, sq, "$149 per month", 149, 149, "AUD/month", "=", "Fresh 40 plan", "price", "price")
cl(M, aq, sq, "40 kg", 40, 40, "kg", "=", "Fresh 40 plan", "monthly allowance", "other")
aq = "Pay-as-you-go delivery is $4.95 each way"
cl(M, aq, "Pay-as-you-go delivery is $4.95 each way, added at checkout", "$4.95 each way", 4.95, 4.95, "AUD", "=", "pay-as-you-go delivery", "delivery fee", "price")
aq = "Cleaning a king-size doona costs $49"
cl(M, aq, "Cleaning a king-size doona costs $49, because it goes through the large-capacity machines", "$49", 49, 49, "AUD", "=", "king-size doona cleaning", "price", "price")
aq = "The Everyday Bag holds up to 8 kg"
cl(M, aq, "The Everyday Bag holds up to 8 kg of dry laundry", "up to 8 kg", None, 8, "kg", "<=", "Everyday Bag", "capacity", "limit")
aq = "Pillows are cleaned for $12 each"
sq = "Pillows are cleaned for $12 each, so a set of four comes to $48"
cl(M, aq, sq, "$12 each", 12, 12, "AUD", "=", "pillow cleaning", "price each", "price")
cl(M, aq, sq, "four", 4, 4, "pillows", "=", "pillow set", "pillows per set", "count")
cl(M, aq, sq, "$48", 48, 48, "AUD", "=", "set of four pillows", "price", "price")
aq = "Shirts used to be $5.90 each"
cl(M, aq, "Shirts used to be $5.90 each before the 2024 price rise, when we moved to a new pressing supplier", "$5.90 each", 5.9, 5.9, "AUD", "=", "shirt before 2024", "price", "price")
aq = "On a typical day we process around 1,200 kg"
cl(M, aq, "On a typical day we process around 1,200 kg, a bit more before school holidays", "around 1,200 kg", 1200, 1200, "kg/day", "~", "Freshfold plant", "laundry processed per day", "other")

# services FAQ (10 answers)
aq = "Wash and fold is charged by weight at $4.50 per kilo"
cl(H, aq, "Wash and fold is charged by weight at $4.50 per kilo, weighed at the plant after pickup", "$4.50 per kilo", 4.5, 4.5, "AUD/kg", "=", "wash and fold", "price per kilo", "price")
aq = "Standard wash and fold is back at your door within 48 hours"
cl(H, aq, "Standard wash and fold is back at your door within 48 hours of pickup", "within 48 hours", None, 48, "hour", "<=", "standard wash and fold order", "turnaround", "duration")
aq = "Yes. New customers get 25% off their first order"
sq = "New customers get 25% off their first order, so a $60 order costs $40"
cl(H, aq, sq, "25% off", 25, 25, "%", "=", "first order", "discount", "percentage")
cl(H, aq, sq, "$60", 60, 60, "AUD", "=", "example first order", "price before discount", "price")
cl(H, aq, sq, "$40", 40, 40, "AUD", "=", "example first order", "price after discount", "price")
aq = "Since 2024, the express surcharge is $15 per order"
cl(H, aq, "Since 2024, the express surcharge is $15 per order, and your laundry comes back the same day", "$15 per order", 15, 15, "AUD", "=", "express same-day service", "surcharge", "price")
aq = "On Fresh 20, extra kilos are $3.80 each"
cl(H, aq, "On Fresh 20, extra kilos are $3.80 each and are added to your next bill", "$3.80 each", 3.8, 3.8, "AUD/kg", "=", "Fresh 20 kilos over the allowance", "price per kilo", "price")
aq = "Plan members pay $2.50 each way for delivery"
cl(H, aq, "Plan members pay $2.50 each way for delivery, whichever plan they're on", "$2.50 each way", 2.5, 2.5, "AUD", "=", "plan member delivery", "delivery fee", "price")
aq = "The Everyday Bag XL holds up to 12 kg"
cl(H, aq, "The Everyday Bag XL holds up to 12 kg, which is handy for towels and bedding", "up to 12 kg", None, 12, "kg", "<=", "Everyday Bag XL", "capacity", "limit")
aq = "Most shirts are back in around 36 hours"
cl(H, aq, "Most shirts are back in around 36 hours, on hangers and in a garment bag", "around 36 hours", 36, 36, "hour", "~", "ironed shirts", "turnaround", "duration")
aq = "It depends on your household."
sq = "For example, a family of four might fill two bags a week"
cl(H, aq, sq, "four", 4, 4, "people", "=", "example household", "household size", "count", True)
cl(H, aq, sq, "two bags a week", 2, 2, "bags/week", "=", "family of four", "bags sent", "count", True)
aq = "Cancellations within two hours of the window attract a $10 fee"
sq = "Cancellations within two hours of the window attract a $10 fee, since the driver is usually already on the road"
cl(H, aq, sq, "within two hours", None, 2, "hour", "<=", "late cancellation", "notice before the pickup window", "duration")
cl(H, aq, sq, "$10 fee", 10, 10, "AUD", "=", "late cancellation", "cancellation fee", "price")

# pricing and policies page (11 answers)
aq = "Choose from three detergents"
cl(D, aq, "Choose from three detergents: standard, fragrance-free and eco", "three detergents", 3, 3, "detergents", "=", "detergent choice", "number of detergents", "count")
aq = "Towels and sheets are washed hot at 60 °C."
cl(D, aq, "Towels and sheets are washed hot at 60 °C", "60 °C", 60, 60, "°C", "=", "towels and sheets wash", "wash temperature", "other")
cl(D, aq, "Everything else goes in at 30 °C unless the care label says otherwise", "30 °C", 30, 30, "°C", "=", "everyday clothes wash", "wash temperature", "other")
aq = "Our Collingwood plant washes up to 2,000 kg a day"
cl(D, aq, "Our Collingwood plant washes up to 2,000 kg a day when every machine is running", "up to 2,000 kg a day", None, 2000, "kg/day", "<=", "Freshfold plant", "laundry processed per day", "limit")
aq = "Our wash-and-fold rate is $3.90/kg"
cl(D, aq, "Our wash-and-fold rate is $3.90/kg, with detergent and folding included", "$3.90/kg", 3.9, 3.9, "AUD/kg", "=", "wash and fold", "price per kilo", "price")
aq = "Shirts are $6.50 each, or five for $29"
sq = "Shirts are $6.50 each, or five for $29, a saving of $4.50 on the single price"
cl(D, aq, sq, "$6.50 each", 6.5, 6.5, "AUD", "=", "shirt", "price each", "price")
cl(D, aq, sq, "five", 5, 5, "shirts", "=", "shirt bundle", "shirts per bundle", "count")
cl(D, aq, sq, "$29", 29, 29, "AUD", "=", "five shirts", "price", "price")
cl(D, aq, sq, "$4.50", 4.5, 4.5, "AUD", "=", "five shirts", "saving against single shirts", "price")
aq = "(2022) Express same-day service costs an extra $12 per order."
cl(D, aq, "(2022) Express same-day service costs an extra $12 per order", "an extra $12 per order", 12, 12, "AUD", "=", "express same-day service", "surcharge", "price")
aq = "(2023) Fresh 40 is $139 a month"
sq = "(2023) Fresh 40 is $139 a month for 40 kg of washing"
cl(D, aq, sq, "$139 a month", 139, 139, "AUD/month", "=", "Fresh 40 plan", "price", "price")
cl(D, aq, sq, "40 kg", 40, 40, "kg", "=", "Fresh 40 plan", "monthly allowance", "other")
aq = "Fresh 40 members pay $3.40 for every kilo"
cl(D, aq, "Fresh 40 members pay $3.40 for every kilo over their allowance", "$3.40 for every kilo", 3.4, 3.4, "AUD/kg", "=", "Fresh 40 kilos over the allowance", "price per kilo", "price")
aq = "Dry cleaning comes back in 3 to 4 working days"
cl(D, aq, "Dry cleaning comes back in 3 to 4 working days, pressed and on hangers", "3 to 4 working days", 3, 4, "working day", "=", "dry cleaning", "turnaround", "duration")
aq = "Ironed shirts are ready in 24 to 48 hours"
cl(D, aq, "Ironed shirts are ready in 24 to 48 hours from pickup", "24 to 48 hours", 24, 48, "hour", "=", "ironed shirts", "turnaround", "duration")
aq = "Compensation for a lost or damaged garment is capped at $150"
cl(D, aq, "Compensation for a lost or damaged garment is capped at $150, so please don't send us irreplaceable items", "capped at $150", None, 150, "AUD", "<=", "lost or damaged garment", "compensation", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
