#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the recycling domain (Dunmarrow City Council waste services)
and checks every label quote and claim against the corpus files."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
T, M, H, D = "resident-answers.txt", "crew-notes.md", "bins-and-collections.html", "waste-faq-archive.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The resident answers put plastic bottles in the blue bin along with paper, cardboard, tins and cans, while the crew notes limit dry mixed recycling to paper, card, tins and cans only.",
  "what goes in the blue (dry mixed recycling) bin",
  side(T, "Your blue bin takes paper, cardboard, food tins, drinks cans and plastic bottles"),
  side(M, "Dry mixed recycling covers paper, card, tins and cans only")),
 ("list", "The help page says the Kestrel Way hazardous bay takes paint, motor oil, car batteries and garden chemicals, while the archive page limits household chemicals there to paint and engine oil.",
  "hazardous household waste accepted at Kestrel Way",
  side(H, "the hazardous bay takes paint, motor oil, car batteries and garden chemicals"),
  side(D, "Household chemicals accepted at Kestrel Way are limited to paint and engine oil")),
 ("list", "The crew notes say bulky crews take furniture, mattresses, fridges, freezers and washing machines, while the help page says large-item pickups are for furniture and mattresses only.",
  "items taken on a bulky (large-item) collection",
  side(M, "Bulk pickup crews take furniture, mattresses, fridges, freezers and washing machines"),
  side(H, "Large-item pickups are for furniture and mattresses only")),
 # polarity
 ("polarity", "The resident answers say extra bags beside the grey bin are collected, while the archive page says crews will not collect side waste next to a residual bin.",
  "collection of extra bags (side waste) beside the grey bin",
  side(T, "Extra bags left beside your grey bin will be collected too"),
  side(D, "Crews will not collect side waste placed next to a residual bin")),
 ("polarity", "The resident answers say vans can't get into a recycling centre without a permit, while the help page says a van can come in without any permit.",
  "van access to the recycling centres without a permit",
  side(T, "Vans and pickups can't get into either recycling centre without a permit"),
  side(H, "You can drive a van into the recycling centres without any permit")),
 ("polarity", "The archive page says turf and soil can go in the garden waste bin, while the crew notes say soil and turf aren't accepted in green-lid bins.",
  "soil and turf in the garden waste bin",
  side(D, "Turf and soil can go in your garden waste bin"),
  side(M, "Soil and turf aren't accepted in green-lid subscription bins")),
 # numeric
 ("numeric", "The resident answers charge €35 for a bulky collection of up to three items, while the archive page charges €45 for three large items.",
  "fee for a bulky collection of three items",
  side(T, "A bulky collection of up to three items costs €35"),
  side(D, "The fee for collecting three large items is €45")),
 ("numeric", "The help page says Millbrook is open until 6pm on Saturdays, while the crew notes say the Millbrook site shuts at 4pm on Saturdays.",
  "Saturday closing time at Millbrook Recycling Centre",
  side(H, "Millbrook Recycling Centre is open 8am to 6pm on Saturdays"),
  side(M, "On Saturdays the Millbrook site shuts at 4pm")),
 ("numeric", "The crew notes give a €150 fixed penalty for fly-tipping, while the resident answers give an on-the-spot fine of €250 for illegal dumping.",
  "fixed penalty for fly-tipping",
  side(M, "The fixed penalty for fly-tipping is €150"),
  side(T, "Anyone caught dumping rubbish illegally is handed an on-the-spot fine of €250")),
 ("numeric", "The help page prices a replacement wheelie bin at €40, while the archive page prices a bin replacing a lost or broken one at €25.",
  "price of a replacement wheelie bin",
  side(H, "A replacement wheelie bin costs €40, delivered to your door"),
  side(D, "A new bin to replace a lost or broken one is €25")),
 # arithmetic
 ("arithmetic", "€6.50 for 52 liners is 12.5 cent a liner, not about 25 cent.",
  "price per compostable caddy liner",
  side(H, "A roll of 52 compostable liners costs €6.50"),
  side(H, "which is about 25 cent a liner")),
 ("arithmetic", "Four trucks taking up to 11 tonnes each can carry 44 tonnes, not 40.",
  "combined load of the four North round trucks",
  side(M, "Each compactor truck takes up to 11 tonnes"),
  side(M, "the four trucks on the North round can carry 40 tonnes")),
 ("arithmetic", "18,900 of 42,000 tonnes is a 45% recycling rate, not 52%.",
  "household recycling rate last year",
  side(T, "the city collected 42,000 tonnes of household waste and recycled 18,900 tonnes"),
  side(T, "which gives a recycling rate of 52%")),
 # stale
 ("stale", "A 2021 entry prices the garden waste subscription at €50 a year, while a 2025 answer gives €65 for the green-lid service.",
  "annual garden waste subscription price",
  side(D, "(2021) Garden waste subscriptions cost €50 per year"),
  side(H, "As of 2025, the green-lid service is €65 for the year")),
 ("stale", "A 2022 note says grey bins are emptied every week, while a 2024 answer says general rubbish is collected every two weeks.",
  "grey bin (general rubbish) collection frequency",
  side(M, "(2022) Grey bins are emptied every week, on the same day"),
  side(T, "Since 2024, general rubbish has been collected every two weeks")),
 ("stale", "A 2020 entry charges €3 per car tyre at the recycling centres, while a 2025 note charges €5 per passenger tyre.",
  "charge per car tyre at the recycling centres",
  side(D, "(2020) We accept car tyres at the recycling centres for €3 apiece"),
  side(M, "Since January 2025, passenger tyres are €5 each at both sites")),
]

traps = [
 ("Different district: North district bins go on Tuesdays, Riverside bins on Thursdays.",
  side(T, "Homes in the North district have their bins emptied on Tuesdays"),
  side(H, "In Riverside, collection day is Thursday for every bin")),
 ("Different condition (household size): the standard grey bin is 140 litres; households of six or more can ask for a 240-litre one.",
  side(M, "The standard grey bin is 140 litres"),
  side(D, "Households of six or more people can ask for a 240-litre grey bin")),
 ("Different season: Kestrel Way closes at 8pm on weekdays from April to September and at 4:30pm from October to March.",
  side(T, "From April to September, Kestrel Way stays open until 8pm on weekdays"),
  side(M, "Between October and March, Kestrel Way closes at 4:30pm on weekdays")),
 ("Different size: single mattresses cost €10 to drop off, double and king-size mattresses €15.",
  side(M, "Single mattresses are €10 to drop off at either site"),
  side(D, "Double and king-size mattresses cost €15 each")),
 ("Similarly named items: the kerbside food caddy holds 23 litres, the kitchen food caddy 7 litres.",
  side(H, "The kerbside food caddy holds 23 litres"),
  side(D, "The kitchen food caddy holds 7 litres")),
 ("Same value in other units: 2 metres is 200 cm.",
  side(H, "Items longer than 2 metres can't go on a bulky collection"),
  side(D, "The maximum length for a bulky item is 200 cm")),
 ("Correct computation: 6 x €2.50 = €15.",
  side(D, "Clear sacks for extra recycling cost €2.50 each"),
  side(D, "so a set of six comes to €15")),
 ("Correct percentage: 20% off €45 is €36.",
  side(H, "get 20% off the €45 compost bin"),
  side(H, "so the bin costs you €36 delivered")),
 ("The typical 7 working days lies inside the 5 to 10 working day range.",
  side(M, "Bulky collections are usually booked 5 to 10 working days ahead"),
  side(T, "the next free slot is normally about 7 working days away")),
 ("25 kg is a hedged example for a family of five ('For example ... might'), not the 11 kg average household figure.",
  side(D, "a family of five might fill the kerbside caddy with 25 kg"),
  side(H, "The average household in Dunmarrow puts out about 11 kg of food waste")),
 ("The €12 glass box price is explicitly the price before the 2023 fees review; €8 is current.",
  side(M, "The green glass box used to be €12 before the 2023 fees review"),
  side(T, "A replacement glass box costs €8, lid included")),
 ("'Up to 45 minutes' is the longest queue; the usual wait is around 10 minutes.",
  side(D, "At the gates, queues can be up to 45 minutes long"),
  side(T, "Most of the time you'll wait around 10 minutes at the gate")),
 ("The small electricals list is open ('such as'), so disposable vapes are consistent.",
  side(H, "Small electricals such as kettles, toasters, hairdryers and phone chargers"),
  side(M, "Disposable vapes count as small electricals too")),
 ("The same 7am kerbside deadline stated in both directions.",
  side(T, "Put your bins at the kerb by 7am on collection day"),
  side(D, "Bins put out after 7am may not be emptied")),
]

DOMAIN = ("Dunmarrow City Council, a fictional Irish city council's waste and recycling service (EUR): what goes in the "
          "blue, grey, food and garden bins, collection days and frequency, bin sizes and replacement bins, bulky-item "
          "collections, the garden waste subscription, the Millbrook and Kestrel Way recycling centres (opening hours, "
          "van permits, hazardous waste, tyre and mattress charges), fees and fines.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})

# ---- claims: every numeric claim in the listed answers
# Times of day are 24-hour decimal hours (4:30pm = 16.5) with unit "hour of day".
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# resident answers (11 answers)
aq = "Yes. Extra bags left beside your grey bin"
cl(T, aq, "Extra bags left beside your grey bin will be collected too, as long as they're tied and there are no more than two of them",
   "no more than two", None, 2, "bags", "<=", "extra bags beside a grey bin", "bags collected", "limit")
aq = "Vans and pickups can't get into either recycling centre"
cl(T, aq, "Apply online at least 3 working days before your visit", "at least 3 working days", 3, None, "working day", ">=",
   "van permit application", "notice before the visit", "duration")
aq = "A bulky collection of up to three items costs €35"
sq = "A bulky collection of up to three items costs €35, paid online when you book"
cl(T, aq, sq, "up to three items", None, 3, "items", "<=", "bulky collection", "items covered by the fee", "limit")
cl(T, aq, sq, "€35", 35, 35, "EUR", "=", "bulky collection of up to three items", "fee", "price")
aq = "Anyone caught dumping rubbish illegally"
cl(T, aq, "Anyone caught dumping rubbish illegally is handed an on-the-spot fine of €250, and serious cases go to court",
   "€250", 250, 250, "EUR", "=", "illegal dumping (fly-tipping)", "on-the-spot fine", "price")
aq = "Last year the city collected 42,000 tonnes"
sq = "Last year the city collected 42,000 tonnes of household waste and recycled 18,900 tonnes of it, which gives a recycling rate of 52%"
cl(T, aq, sq, "42,000 tonnes", 42000, 42000, "t", "=", "household waste collected last year", "tonnage", "other")
cl(T, aq, sq, "18,900 tonnes", 18900, 18900, "t", "=", "household waste recycled last year", "tonnage", "other")
cl(T, aq, sq, "52%", 52, 52, "%", "=", "household waste last year", "recycling rate", "percentage")
aq = "Since 2024, general rubbish has been collected every two weeks"
cl(T, aq, "Since 2024, general rubbish has been collected every two weeks, alternating with your blue recycling bin",
   "every two weeks", 2, 2, "week", "=", "grey bin (general rubbish)", "collection interval", "duration")
aq = "From April to September, Kestrel Way stays open"
cl(T, aq, "From April to September, Kestrel Way stays open until 8pm on weekdays, so you can drop things off after work",
   "until 8pm", 20, 20, "hour of day", "=", "Kestrel Way on weekdays, April to September", "closing time", "other")
aq = "After you book a large-item pickup"
cl(T, aq, "After you book a large-item pickup, the next free slot is normally about 7 working days away",
   "about 7 working days", 7, 7, "working day", "~", "large-item pickup booking", "wait for the next free slot", "duration")
aq = "A replacement glass box costs €8"
cl(T, aq, "A replacement glass box costs €8, lid included, and the crew will leave it on your next collection day",
   "€8", 8, 8, "EUR", "=", "replacement glass box", "price", "price")
aq = "Most of the time you'll wait around 10 minutes"
cl(T, aq, "Most of the time you'll wait around 10 minutes at the gate of either recycling centre",
   "around 10 minutes", 10, 10, "minute", "~", "recycling centre gate", "waiting time", "duration")
aq = "Put your bins at the kerb by 7am"
cl(T, aq, "Put your bins at the kerb by 7am on collection day, with the handles facing the road",
   "by 7am", None, 7, "hour of day", "<=", "bins on collection day", "latest time at the kerb", "limit")

# crew notes (10 answers)
aq = "On Saturdays the Millbrook site shuts at 4pm"
sq = "On Saturdays the Millbrook site shuts at 4pm, and the gate closes to new arrivals 15 minutes before that"
cl(M, aq, sq, "4pm", 16, 16, "hour of day", "=", "Millbrook Recycling Centre on Saturdays", "closing time", "other")
cl(M, aq, sq, "15 minutes", 15, 15, "minute", "=", "Millbrook gate on Saturdays", "last entry before closing", "duration")
aq = "The fixed penalty for fly-tipping is €150"
sq = "The fixed penalty for fly-tipping is €150, reduced to €100 if it's paid within 14 days"
cl(M, aq, sq, "€150", 150, 150, "EUR", "=", "fly-tipping", "fixed penalty", "price")
cl(M, aq, sq, "€100", 100, 100, "EUR", "=", "fly-tipping, paid early", "reduced fixed penalty", "price")
cl(M, aq, sq, "within 14 days", None, 14, "day", "<=", "fly-tipping fixed penalty", "early payment window", "duration")
aq = "Each compactor truck takes up to 11 tonnes"
sq = "Each compactor truck takes up to 11 tonnes, so the four trucks on the North round can carry 40 tonnes between them before they tip"
cl(M, aq, sq, "up to 11 tonnes", None, 11, "t", "<=", "compactor truck", "load capacity", "limit")
cl(M, aq, sq, "four trucks", 4, 4, "trucks", "=", "North round", "trucks", "count")
cl(M, aq, sq, "40 tonnes", None, 40, "t", "<=", "four trucks on the North round", "combined load capacity", "limit")
aq = "(2022) Grey bins are emptied every week"
cl(M, aq, "(2022) Grey bins are emptied every week, on the same day as the food caddy",
   "every week", 1, 1, "week", "=", "grey bin (2022)", "collection interval", "duration")
aq = "Since January 2025, passenger tyres are €5 each"
cl(M, aq, "Since January 2025, passenger tyres are €5 each at both sites",
   "€5 each", 5, 5, "EUR", "=", "passenger tyre at the recycling centres", "charge per tyre", "price")
aq = "Between October and March, Kestrel Way closes at 4:30pm"
cl(M, aq, "Between October and March, Kestrel Way closes at 4:30pm on weekdays because the yard isn't lit",
   "4:30pm", 16.5, 16.5, "hour of day", "=", "Kestrel Way on weekdays, October to March", "closing time", "other")
aq = "Single mattresses are €10 to drop off"
cl(M, aq, "Single mattresses are €10 to drop off at either site",
   "€10", 10, 10, "EUR", "=", "single mattress drop-off", "price", "price")
aq = "Bulky collections are usually booked 5 to 10 working days ahead"
cl(M, aq, "Bulky collections are usually booked 5 to 10 working days ahead, depending on the district",
   "5 to 10 working days", 5, 10, "working day", "=", "bulky collection booking", "booking lead time", "duration")
aq = "The green glass box used to be €12"
cl(M, aq, "The green glass box used to be €12 before the 2023 fees review",
   "€12", 12, 12, "EUR", "=", "green glass box before the 2023 fees review", "price", "price")
aq = "The standard grey bin is 140 litres."
cl(M, aq, "The standard grey bin is 140 litres",
   "140 litres", 140, 140, "litre", "=", "standard grey bin", "capacity", "other")

# help page (9 answers)
aq = "The kerbside food caddy holds 23 litres"
cl(H, aq, "The kerbside food caddy holds 23 litres and has a locking handle to keep foxes out",
   "23 litres", 23, 23, "litre", "=", "kerbside food caddy", "capacity", "other")
aq = "Liners are optional, but they keep the caddy clean."
sq = "A roll of 52 compostable liners costs €6.50, which is about 25 cent a liner"
cl(H, aq, sq, "52 compostable liners", 52, 52, "liners", "=", "roll of compostable caddy liners", "liners per roll", "count")
cl(H, aq, sq, "€6.50", 6.5, 6.5, "EUR", "=", "roll of 52 compostable liners", "price", "price")
cl(H, aq, sq, "about 25 cent a liner", 25, 25, "c/liner", "~", "compostable caddy liner", "price per liner", "price")
aq = "A replacement wheelie bin costs €40"
sq = "A replacement wheelie bin costs €40, delivered to your door within 10 working days"
cl(H, aq, sq, "€40", 40, 40, "EUR", "=", "replacement wheelie bin", "price", "price")
cl(H, aq, sq, "within 10 working days", None, 10, "working day", "<=", "replacement wheelie bin", "delivery time", "duration")
aq = "The crew will tag the lid and leave the bin."
sq = "After three tags in 12 months, we can issue a €75 fine"
cl(H, aq, sq, "three tags", 3, None, "tags", ">=", "contaminated recycling bin", "tags before a fine", "count")
cl(H, aq, sq, "12 months", 12, 12, "month", "=", "contaminated recycling bin", "tag counting period", "duration")
cl(H, aq, sq, "€75", 75, 75, "EUR", "=", "persistent recycling contamination", "fine", "price")
aq = "The average household in Dunmarrow puts out about 11 kg"
cl(H, aq, "The average household in Dunmarrow puts out about 11 kg of food waste a month, and most of it could have been eaten",
   "about 11 kg", 11, 11, "kg/month", "~", "average household", "food waste per month", "other")
aq = "As of 2025, the green-lid service is €65 for the year"
sq = "As of 2025, the green-lid service is €65 for the year, covering fortnightly collections from March to November"
cl(H, aq, sq, "€65", 65, 65, "EUR", "=", "garden waste (green-lid) service", "annual subscription price", "price")
cl(H, aq, sq, "fortnightly", 2, 2, "week", "=", "garden waste (green-lid) service", "collection interval", "duration")
aq = "Items longer than 2 metres can't go on a bulky collection"
cl(H, aq, "Items longer than 2 metres can't go on a bulky collection, because they won't fit in the truck's cage",
   "2 metres", None, 2, "m", "<=", "bulky collection item", "maximum item length", "limit")
aq = "Yes. Residents who order before 1 March get 20% off"
sq = "Residents who order before 1 March get 20% off the €45 compost bin, so the bin costs you €36 delivered"
cl(H, aq, sq, "20% off", 20, 20, "%", "=", "compost bin ordered before 1 March", "discount", "percentage")
cl(H, aq, sq, "€45", 45, 45, "EUR", "=", "compost bin", "price before discount", "price")
cl(H, aq, sq, "€36", 36, 36, "EUR", "=", "compost bin ordered before 1 March", "price after discount", "price")
aq = "Millbrook Recycling Centre is open 8am to 6pm on Saturdays"
sq = "Millbrook Recycling Centre is open 8am to 6pm on Saturdays and 10am to 4pm on Sundays"
cl(H, aq, sq, "8am to 6pm", 8, 8, "hour of day", "=", "Millbrook Recycling Centre on Saturdays", "opening time", "other")
cl(H, aq, sq, "8am to 6pm", 18, 18, "hour of day", "=", "Millbrook Recycling Centre on Saturdays", "closing time", "other")
cl(H, aq, sq, "10am to 4pm", 10, 10, "hour of day", "=", "Millbrook Recycling Centre on Sundays", "opening time", "other")
cl(H, aq, sq, "10am to 4pm", 16, 16, "hour of day", "=", "Millbrook Recycling Centre on Sundays", "closing time", "other")

# archive page (12 answers)
aq = "Bins put out after 7am may not be emptied"
cl(D, aq, "Bins put out after 7am may not be emptied, and the crew won't come back for them",
   "7am", None, 7, "hour of day", "<=", "bins on collection day", "latest time at the kerb", "limit")
aq = "Households of six or more people"
sq = "Households of six or more people can ask for a 240-litre grey bin instead of the standard size"
cl(D, aq, sq, "six or more people", 6, None, "people", ">=", "household asking for a larger grey bin", "household size", "count")
cl(D, aq, sq, "240-litre", 240, 240, "litre", "=", "larger grey bin", "capacity", "other")
aq = "A new bin to replace a lost or broken one is €25"
cl(D, aq, "A new bin to replace a lost or broken one is €25, and delivery is free",
   "€25", 25, 25, "EUR", "=", "replacement wheelie bin", "price", "price")
aq = "The kitchen food caddy holds 7 litres"
cl(D, aq, "The kitchen food caddy holds 7 litres and sits on a worktop or under the sink",
   "7 litres", 7, 7, "litre", "=", "kitchen food caddy", "capacity", "other")
aq = "It depends on what you cook."
sq = "For example, a family of five might fill the kerbside caddy with 25 kg in a month"
cl(D, aq, sq, "a family of five", 5, 5, "people", "=", "example household", "household size", "count", True)
cl(D, aq, sq, "25 kg", 25, 25, "kg/month", "=", "example household of five", "food waste per month", "other", True)
aq = "Yes. Clear sacks for extra recycling cost €2.50 each"
sq = "Clear sacks for extra recycling cost €2.50 each, so a set of six comes to €15"
cl(D, aq, sq, "€2.50 each", 2.5, 2.5, "EUR", "=", "clear sack for extra recycling", "price each", "price")
cl(D, aq, sq, "a set of six", 6, 6, "sacks", "=", "set of clear recycling sacks", "sacks per set", "count")
cl(D, aq, sq, "€15", 15, 15, "EUR", "=", "set of six clear recycling sacks", "price", "price")
aq = "(2021) Garden waste subscriptions cost €50 per year"
cl(D, aq, "(2021) Garden waste subscriptions cost €50 per year, payable by direct debit or by card",
   "€50 per year", 50, 50, "EUR", "=", "garden waste subscription (2021)", "annual subscription price", "price")
aq = "The fee for collecting three large items is €45."
cl(D, aq, "The fee for collecting three large items is €45", "three large items", 3, 3, "items", "=",
   "bulky collection", "items covered by the fee", "count")
cl(D, aq, "The fee for collecting three large items is €45", "€45", 45, 45, "EUR", "=",
   "bulky collection of three items", "fee", "price")
sq = "Each further item is €10, up to a maximum of six items per collection"
cl(D, aq, sq, "€10", 10, 10, "EUR", "=", "bulky collection, each item beyond three", "fee per extra item", "price")
cl(D, aq, sq, "up to a maximum of six items", None, 6, "items", "<=", "bulky collection", "maximum items per collection", "limit")
aq = "The maximum length for a bulky item is 200 cm."
cl(D, aq, "The maximum length for a bulky item is 200 cm", "200 cm", None, 200, "cm", "<=",
   "bulky collection item", "maximum item length", "limit")
aq = "(2020) We accept car tyres at the recycling centres"
sq = "(2020) We accept car tyres at the recycling centres for €3 apiece, with a limit of four per visit"
cl(D, aq, sq, "€3 apiece", 3, 3, "EUR", "=", "car tyre at the recycling centres (2020)", "charge per tyre", "price")
cl(D, aq, sq, "a limit of four per visit", None, 4, "tyres", "<=", "car tyres at the recycling centres", "tyres per visit", "limit")
aq = "Double and king-size mattresses cost €15 each"
cl(D, aq, "Double and king-size mattresses cost €15 each at the recycling centres",
   "€15 each", 15, 15, "EUR", "=", "double or king-size mattress drop-off", "price", "price")
aq = "Sometimes. At the gates, queues can be up to 45 minutes long"
cl(D, aq, "At the gates, queues can be up to 45 minutes long, so try to avoid Saturday mornings",
   "up to 45 minutes", None, 45, "minute", "<=", "recycling centre gate", "waiting time", "limit")


# ---------------------------------------------------------------- checks
def read(f):
    with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
        return fh.read()

def answers(f, text):
    if f.endswith(".txt"):
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        return lines[1:-1]  # title line and sign-off line are boilerplate
    if f.endswith(".md"):
        parts = re.split(r"^## .*$", text, flags=re.M)
        return [p.strip() for p in parts[1:]]
    if f == H:
        return [a.strip() for a in re.findall(r'<div class="accordion__panel"[^>]*>\s*<p>(.*?)</p>', text, flags=re.S)]
    if f == D:
        return [a.strip() for a in re.findall(r"<dd>(.*?)</dd>", text, flags=re.S)]
    raise ValueError(f)

def visible(text):
    return re.sub(r"<[^>]+>", "", text)

errors, notes = [], []
FILES = [T, M, H, D]
TEXT = {f: read(f) for f in FILES}
ANS = {f: answers(f, TEXT[f]) for f in FILES}
for f in FILES:
    if "\n\n" in TEXT[f] and f.endswith(".txt"):
        errors.append(f"{f}: blank line")
    for a in ANS[f]:
        if "<" in a or "&" in a:
            errors.append(f"{f}: markup or entity inside an answer: {a[:50]}")
if "\n\n" in TEXT[T].rstrip("\n"):
    errors.append("txt has blank lines")

def locate(f, q):
    """Return the answer index holding quote q, checking all quote rules."""
    text = TEXT[f]
    n = len(q.split())
    if not 5 <= n <= 15:
        errors.append(f"{f}: quote has {n} words: {q}")
    if text.count(q) != 1:
        errors.append(f"{f}: quote occurs {text.count(q)} times in the raw file: {q}")
    if any(ch in q for ch in '<>&"\\'):
        errors.append(f"{f}: quote has a tag, entity, double quote or backslash: {q}")
    if f.endswith(".html") and visible(text).count(q) != 1:
        errors.append(f"{f}: quote occurs {visible(text).count(q)} times in the visible text: {q}")
    hits = [i for i, a in enumerate(ANS[f]) if q in a]
    if len(hits) != 1:
        errors.append(f"{f}: quote lies in {len(hits)} answers: {q}")
        return None
    return hits[0]

pairs, quotes = {}, Counter()
def register(lid, a, b, same_answer):
    ia, ib = locate(a["file"], a["quote"]), locate(b["file"], b["quote"])
    quotes[(a["file"], a["quote"])] += 1
    quotes[(b["file"], b["quote"])] += 1
    ka, kb = (a["file"], ia), (b["file"], ib)
    if same_answer and ka != kb:
        errors.append(f"{lid}: sides are not in one answer")
    if not same_answer and ka == kb:
        errors.append(f"{lid}: both sides in one answer")
    key = frozenset([ka, kb])
    if key in pairs:
        errors.append(f"{lid}: answer pair already labelled by {pairs[key]}")
    pairs[key] = lid
    return ka, kb

YEAR = re.compile(r"\b(19|20)\d\d\b")
cross = 0
for c in labels["conflicts"]:
    a, b = c["sides"]
    ka, kb = register(c["id"], a, b, c["kind"] == "arithmetic")
    if a["file"] != b["file"]:
        cross += 1
    if c["kind"] == "stale" and not (YEAR.search(a["quote"]) and YEAR.search(b["quote"])):
        errors.append(f"{c['id']}: stale conflict without a year on both sides")
for t in labels["traps"]:
    a, b = t["sides"]
    same = a["file"] == b["file"] and any(a["quote"] in x and b["quote"] in x for x in ANS[a["file"]])
    register(t["id"], a, b, same)
for k, n in quotes.items():
    if n > 1:
        errors.append(f"quote used {n} times: {k}")

kinds = Counter(c["kind"] for c in labels["conflicts"])
want = {"list": 3, "polarity": 3, "numeric": 4, "arithmetic": 3, "stale": 3}
if dict(kinds) != want:
    errors.append(f"conflict kinds {dict(kinds)} != {want}")
if len(labels["traps"]) != 14:
    errors.append(f"{len(labels['traps'])} traps, want 14")

FIELDS = ["file", "answer_quote", "sentence_quote", "surface", "low", "high", "unit", "comparator",
          "subject", "metric", "metric_class", "hedged"]
claim_answers = Counter()
seen_answers = set()
for c in C:
    if list(c) != FIELDS:
        errors.append(f"claim fields out of order: {c}")
    f = c["file"]
    starts = [i for i, a in enumerate(ANS[f]) if a.startswith(c["answer_quote"])]
    if len(starts) != 1:
        errors.append(f"{f}: answer_quote starts {len(starts)} answers: {c['answer_quote']}")
        continue
    ans = ANS[f][starts[0]]
    if c["sentence_quote"] not in ans:
        errors.append(f"{f}: sentence_quote not in its answer: {c['sentence_quote']}")
    if c["surface"] not in c["sentence_quote"]:
        errors.append(f"{f}: surface not in sentence_quote: {c['surface']}")
    lo, hi, cmp_ = c["low"], c["high"], c["comparator"]
    ok = {"=": lo is not None and hi is not None, "~": lo is not None and hi is not None,
          "<=": lo is None and hi is not None, "<": lo is None and hi is not None,
          ">=": lo is not None and hi is None, ">": lo is not None and hi is None}.get(cmp_)
    if not ok:
        errors.append(f"{f}: comparator {cmp_} does not match open ends: {c['surface']}")
    if lo is not None and hi is not None and lo > hi:
        errors.append(f"{f}: low > high: {c['surface']}")
    # word numbers ("two", "fortnightly") are a convention; note only digit surfaces that don't show the value
    s = c["surface"].replace(",", "")
    if re.search(r"\d", s):
        for v in sorted({x for x in (lo, hi) if x is not None}):
            if (f"{v:g}" not in s) and (f"{v:.2f}" not in s):
                notes.append(f"{f}: value {v:g} not written as digits in surface {c['surface']!r}")
    if (f, starts[0]) not in seen_answers:
        seen_answers.add((f, starts[0]))
        claim_answers[f] += 1

# ---------------------------------------------------------------- write
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
for n in notes:
    print("note", n)
print("answers per file:", {f: len(ANS[f]) for f in FILES}, "total", sum(len(ANS[f]) for f in FILES))
print("claim answers per file:", dict(claim_answers), "total", sum(claim_answers.values()))
print(f"wrote {len(labels['conflicts'])} conflicts ({cross} cross-file), {len(labels['traps'])} traps, {len(C)} claims; "
      f"kinds {dict(kinds)}; 0 errors, {len(notes)} notes")
