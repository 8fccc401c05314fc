#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the nursery domain (Tulpwerf Bulbs & Plants)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "quick-answers.txt", "garden-team-notes.md", "plant-care-faq.html", "helpdesk-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The quick answers send plants to the Netherlands, Belgium, Germany, France and Luxembourg, while the help-desk export ships within the Netherlands, Belgium and Germany only.",
  "countries Tulpwerf delivers to", side(T, "Plants can be sent to the Netherlands, Belgium, Germany, France and Luxembourg"), side(J, "We only ship within the Netherlands, Belgium and Germany")),
 ("list", "The team notes take iDEAL, Bancontact, PayPal or a credit card, while the help centre takes iDEAL, Bancontact or card but not PayPal.",
  "payment methods at checkout", side(M, "Customers can pay with iDEAL, Bancontact, PayPal or a credit card"), side(H, "At checkout you can pay by iDEAL, Bancontact or card, but not PayPal")),
 ("list", "The help centre's planting kit holds a stake, a tree tie and a rabbit guard, while the help-desk export's planting set holds a stake, two ties and root-booster granules.",
  "contents of the fruit tree planting kit", side(H, "fruit tree planting kit contains a stake, a tree tie and a rabbit guard"), side(J, "Our tree planting set comes with a stake, two ties and root-booster granules")),
 # polarity
 ("polarity", "The quick answers deliver to the Wadden Islands at no extra charge, while the team notes put the islands outside the delivery area.",
  "delivery to the Wadden Islands", side(T, "we deliver to the Wadden Islands at no extra charge"), side(M, "Addresses on the Wadden Islands are outside our delivery area")),
 ("polarity", "The team notes say bulbs are covered by the growing guarantee, while the help centre says it doesn't apply to bulbs.",
  "growing guarantee on bulbs", side(M, "Bulbs are covered by the growing guarantee like any other plant"), side(H, "The growing guarantee doesn't apply to bulbs, corms or tubers")),
 ("polarity", "The help-desk export lets customers pick a delivery day at checkout, while the quick answers say a delivery date can't be chosen.",
  "choosing a delivery day", side(J, "you can pick your delivery day at checkout"), side(T, "It isn't possible to choose a specific delivery date")),
 # numeric
 ("numeric", "The quick answers give a 6-month growing guarantee, while the help-desk export gives a full year.",
  "length of the growing guarantee", side(T, "Our growing guarantee runs for 6 months after delivery"), side(J, "You have a full year from delivery to claim under the growing guarantee")),
 ("numeric", "The help centre charges €6.95 for standard delivery in the Netherlands, while the team notes give €4.95.",
  "standard shipping cost in the Netherlands", side(H, "Standard delivery within the Netherlands costs €6.95 per order"), side(M, "Dutch addresses pay €4.95 for standard shipping")),
 ("numeric", "The team notes put 24 plants in a plug tray, while the quick answers say 36.",
  "plants per perennial plug tray", side(M, "Our perennial plug trays hold 24 plants"), side(T, "Every plug tray contains 36 young plants")),
 ("numeric", "The help-desk export says olive trees tolerate frost down to -7 °C, while the help centre says they are hardy to about −12 °C.",
  "frost hardiness of olive trees", side(J, "Our olive trees tolerate frost down to -7 °C"), side(H, "Olive trees from our range are hardy to about −12 °C")),
 # arithmetic
 ("arithmetic", "€12.50 / 50 bulbs is 25 cents a bulb, not 20 cents.",
  "price per bulb in a bag of 50 tulips", side(T, "A bag of 50 tulip bulbs is €12.50"), side(T, "so each bulb comes to just 20 cents")),
 ("arithmetic", "€82.64 plus 21% VAT is €99.99, not €96.00.",
  "hedge trimmer price including VAT", side(H, "the cordless hedge trimmer at €82.64 excluding 21% VAT"), side(H, "everyone else pays €96.00 including VAT")),
 ("arithmetic", "5 whips per metre over 12 metres is 60 plants, not 50.",
  "beech whips needed for a 12-metre hedge", side(M, "Plant 5 beech whips per metre"), side(M, "so a 12-metre hedge needs 50 plants")),
 # stale
 ("stale", "A 2022 record gives a €15 minimum order, while a 2025 answer gives €20.",
  "minimum order value", side(J, "(2022) The minimum order is €15"), side(T, "As of 2025, there's a €20 minimum order value")),
 ("stale", "A 2023 note makes gift vouchers valid for 1 year, while a 2024 answer gives two years.",
  "gift voucher validity", side(M, "(2023) A gift voucher is valid for 1 year"), side(H, "Since 2024, you have two years to spend a gift voucher")),
 ("stale", "A 2021 answer prices the Rose Collection box at €39.95, while a 2025 note gives €44.95.",
  "price of the Rose Collection box", side(H, "(2021) The Rose Collection box is €39.95"), side(M, "As of 2025, our six-rose Collection box sells for €44.95")),
]

traps = [
 ("Different condition (bulb type): tulips go about 15 cm deep, crocuses 8 cm.",
  side(T, "Plant tulip bulbs about 15 cm deep"), side(J, "Crocuses only need to go 8 cm deep")),
 ("Different region: Dutch orders arrive in 1 to 2 working days, German ones in 3 to 5.",
  side(H, "Dutch orders usually arrive within 1 to 2 working days"), side(M, "Parcels to Germany take 3 to 5 working days")),
 ("Different size: lavender in a 9 cm pot is €3.95, in a 2-litre pot €8.95.",
  side(J, "Lavender in a 9 cm pot is €3.95"), side(H, "A 2-litre pot of lavender costs €8.95")),
 ("Different condition (planting use): lavender goes 40 cm apart in a border, 25 cm apart in a low hedge.",
  side(M, "Space lavender 40 cm apart in a border"), side(T, "For a low lavender hedge, plant 25 cm apart")),
 ("Similarly named products: Tuinmix is €7.95 for 40 litres, Tuinmix Pro €11.95 per 40 L bag.",
  side(H, "Tuinmix compost costs €7.95 for 40 litres"), side(J, "Tuinmix Pro is €11.95 per 40 L bag")),
 ("Same value in other units: 1.5 m is 150 cm.",
  side(T, "The 'Stella' cherry is delivered at around 1.5 m tall"), side(M, "Stella cherries ship at about 150 cm")),
 ("Correct computation: 50 litres spread over 1 m² is 5 cm deep.",
  side(H, "A 50-litre bag of bark mulch"), side(H, "covers about 1 m² at 5 cm deep")),
 ("Correct percentage: 10% off €45 is €40.50.",
  side(J, "Yes. Tuinclub members save 10%"), side(J, "so a €45 order comes to €40.50")),
 ("The typical 7 weeks lies inside the 6 to 8 week range.",
  side(M, "Amaryllis usually flower 6 to 8 weeks after potting"), side(H, "Expect flowers about 7 weeks after planting the bulb")),
 ("5 litres a day is a hedged heatwave example ('For example ... might'), not the usual 2 litres a day in summer.",
  side(J, "a big patio pot in full sun might need 5 litres"), side(T, "A patio pot usually needs around 2 litres of water a day")),
 ("The €14.95 Tuinclub fee is explicitly the pre-2024 price; €9.95 is current.",
  side(M, "The Tuinclub fee used to be €14.95 a year before the 2024 price change"), side(T, "Joining the Tuinclub costs €9.95 a year")),
 ("'Up to 3 m a year' is wisteria's maximum growth; most put on around 1 m a year.",
  side(J, "Wisteria can grow up to 3 m a year"), side(M, "Most wisteria put on around 1 m a year once established")),
 ("The deer-resistant list is open ('include'), so foxgloves are consistent.",
  side(H, "Deer-resistant plants in our range include lavender, salvia and catmint"), side(T, "Foxgloves are also left alone by deer")),
 ("The same damage-report deadline stated in both directions (48 hours = two days).",
  side(M, "Report any transport damage within 48 hours of delivery"), side(J, "Damage reports that reach us after two days can't be accepted")),
]

DOMAIN = ("Tulpwerf Bulbs & Plants, a fictional Dutch mail-order nursery near Hillegom selling bulbs, perennials, roses, fruit trees, "
          "hedging, compost and garden tools: delivery countries, costs and times, payment methods, the growing guarantee, minimum order, "
          "gift vouchers, the Tuinclub membership, prices with and without VAT, planting depths and spacings, plant heights, "
          "hardiness, watering and flowering times.")
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
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass,
              "hedged": hedged})

# quick answers (9 answers)
aq = "Our growing guarantee runs for 6 months after delivery"
cl(T, aq, "Our growing guarantee runs for 6 months after delivery: if a plant doesn't take, send us a photo and we'll replace it or refund you", "6 months", 6, 6, "month", "=", "growing guarantee", "guarantee length", "duration")
aq = "Every plug tray contains 36 young plants"
cl(T, aq, "Every plug tray contains 36 young plants, each in its own cell, ready to pot on or plant straight out", "36 young plants", 36, 36, "plants", "=", "perennial plug tray", "plants per tray", "count")
aq = "A bag of 50 tulip bulbs is €12.50"
sq = "A bag of 50 tulip bulbs is €12.50, so each bulb comes to just 20 cents"
cl(T, aq, sq, "50 tulip bulbs", 50, 50, "bulbs", "=", "bag of tulip bulbs", "bulbs per bag", "count")
cl(T, aq, sq, "€12.50", 12.5, 12.5, "EUR", "=", "bag of 50 tulip bulbs", "price", "price")
cl(T, aq, sq, "20 cents", 20, 20, "cent", "=", "tulip bulb in a bag of 50", "price per bulb", "price")
aq = "As of 2025, there's a €20 minimum order value"
cl(T, aq, "As of 2025, there's a €20 minimum order value, not counting shipping", "€20 minimum", 20, None, "EUR", ">=", "orders", "minimum order value", "limit")
aq = "Plant tulip bulbs about 15 cm deep"
cl(T, aq, "Plant tulip bulbs about 15 cm deep, pointy end up, any time from October until the ground freezes", "about 15 cm", 15, 15, "cm", "~", "tulip bulbs", "planting depth", "other")
aq = "For a low lavender hedge, plant 25 cm apart"
cl(T, aq, "For a low lavender hedge, plant 25 cm apart so the plants knit together quickly", "25 cm", 25, 25, "cm", "=", "lavender in a low hedge", "planting distance", "other")
aq = "The 'Stella' cherry is delivered at around 1.5 m tall"
cl(T, aq, "The 'Stella' cherry is delivered at around 1.5 m tall, bare-root and ready to plant while it's dormant", "around 1.5 m", 1.5, 1.5, "m", "~", "Stella cherry tree", "height at delivery", "other")
aq = "A patio pot usually needs around 2 litres of water a day"
cl(T, aq, "A patio pot usually needs around 2 litres of water a day in summer; water in the evening so less of it evaporates", "around 2 litres of water a day", 2, 2, "L/day", "~", "patio pot in summer", "water needed", "other")
aq = "Joining the Tuinclub costs €9.95 a year"
cl(T, aq, "Joining the Tuinclub costs €9.95 a year, and members get early access to the spring catalogue", "€9.95 a year", 9.95, 9.95, "EUR/year", "=", "Tuinclub membership", "annual fee", "price")

# garden team notes (12 answers)
aq = "Dutch addresses pay €4.95 for standard shipping."
cl(M, aq, "Dutch addresses pay €4.95 for standard shipping", "€4.95", 4.95, 4.95, "EUR", "=", "standard shipping in the Netherlands", "shipping cost", "price")
aq = "Our perennial plug trays hold 24 plants."
cl(M, aq, "Our perennial plug trays hold 24 plants", "24 plants", 24, 24, "plants", "=", "perennial plug tray", "plants per tray", "count")
aq = "Plant 5 beech whips per metre"
sq = "Plant 5 beech whips per metre, so a 12-metre hedge needs 50 plants"
cl(M, aq, sq, "5 beech whips per metre", 5, 5, "plants/m", "=", "beech hedge", "planting density", "other")
cl(M, aq, sq, "12-metre", 12, 12, "m", "=", "example beech hedge", "hedge length", "other")
cl(M, aq, sq, "50 plants", 50, 50, "plants", "=", "example 12-metre beech hedge", "plants needed", "count")
aq = "(2023) A gift voucher is valid for 1 year"
cl(M, aq, "(2023) A gift voucher is valid for 1 year from the date it's bought", "1 year", 1, 1, "year", "=", "gift voucher in 2023", "validity", "duration")
aq = "As of 2025, our six-rose Collection box sells for €44.95"
sq = "As of 2025, our six-rose Collection box sells for €44.95, including a bag of rose food"
cl(M, aq, sq, "six-rose", 6, 6, "roses", "=", "Rose Collection box", "roses per box", "count")
cl(M, aq, sq, "€44.95", 44.95, 44.95, "EUR", "=", "Rose Collection box", "price", "price")
aq = "Parcels to Germany take 3 to 5 working days"
cl(M, aq, "Parcels to Germany take 3 to 5 working days with DHL", "3 to 5 working days", 3, 5, "working day", "=", "parcels to Germany", "delivery time", "duration")
aq = "Space lavender 40 cm apart in a border"
cl(M, aq, "Space lavender 40 cm apart in a border, so air moves between the plants and the roots don't rot", "40 cm", 40, 40, "cm", "=", "lavender in a border", "planting distance", "other")
aq = "Stella cherries ship at about 150 cm."
cl(M, aq, "Stella cherries ship at about 150 cm", "about 150 cm", 150, 150, "cm", "~", "Stella cherry tree", "height at delivery", "other")
aq = "Amaryllis usually flower 6 to 8 weeks after potting"
cl(M, aq, "Amaryllis usually flower 6 to 8 weeks after potting, a bit sooner in a warm room", "6 to 8 weeks", 6, 8, "week", "=", "amaryllis", "time to flowering", "duration")
aq = "The Tuinclub fee used to be €14.95 a year"
cl(M, aq, "The Tuinclub fee used to be €14.95 a year before the 2024 price change", "€14.95 a year", 14.95, 14.95, "EUR/year", "=", "Tuinclub membership before 2024", "annual fee", "price")
aq = "Most wisteria put on around 1 m a year once established"
cl(M, aq, "Most wisteria put on around 1 m a year once established, so it takes a few years to cover a pergola", "around 1 m a year", 1, 1, "m/year", "~", "established wisteria", "growth per year", "other")
aq = "Report any transport damage within 48 hours of delivery"
cl(M, aq, "Report any transport damage within 48 hours of delivery, with photos of the box and the plants", "within 48 hours", None, 48, "hour", "<=", "transport damage report", "reporting deadline", "limit")

# help centre (10 answers)
aq = "Standard delivery within the Netherlands costs €6.95 per order"
cl(H, aq, "Standard delivery within the Netherlands costs €6.95 per order, and you'll get a tracking link by email", "€6.95 per order", 6.95, 6.95, "EUR", "=", "standard delivery in the Netherlands", "shipping cost", "price")
aq = "Dutch orders usually arrive within 1 to 2 working days"
cl(H, aq, "Dutch orders usually arrive within 1 to 2 working days of dispatch", "1 to 2 working days", 1, 2, "working day", "=", "orders to the Netherlands", "delivery time", "duration")
aq = "Since 2024, you have two years to spend a gift voucher"
cl(H, aq, "Since 2024, you have two years to spend a gift voucher, and you can use it across several orders", "two years", 2, 2, "year", "=", "gift voucher", "validity", "duration")
aq = "Business customers see the cordless hedge trimmer at €82.64"
sq = "Business customers see the cordless hedge trimmer at €82.64 excluding 21% VAT; everyone else pays €96.00 including VAT"
cl(H, aq, sq, "€82.64", 82.64, 82.64, "EUR", "=", "cordless hedge trimmer", "price excluding VAT", "price")
cl(H, aq, sq, "21% VAT", 21, 21, "%", "=", "Dutch VAT on tools", "VAT rate", "percentage")
cl(H, aq, sq, "€96.00", 96, 96, "EUR", "=", "cordless hedge trimmer", "price including VAT", "price")
aq = "Olive trees from our range are hardy to about −12 °C."
cl(H, aq, "Olive trees from our range are hardy to about −12 °C", "about −12 °C", -12, -12, "°C", "~", "olive trees", "frost hardiness", "limit")
aq = "(2021) The Rose Collection box is €39.95"
sq = "(2021) The Rose Collection box is €39.95 and holds six bare-root roses of your choice"
cl(H, aq, sq, "€39.95", 39.95, 39.95, "EUR", "=", "Rose Collection box in 2021", "price", "price")
cl(H, aq, sq, "six bare-root roses", 6, 6, "roses", "=", "Rose Collection box", "roses per box", "count")
aq = "Yes. A 2-litre pot of lavender costs €8.95"
cl(H, aq, "A 2-litre pot of lavender costs €8.95 and will flower in its first summer with you", "€8.95", 8.95, 8.95, "EUR", "=", "lavender in a 2-litre pot", "price", "price")
aq = "Tuinmix compost costs €7.95 for 40 litres"
sq = "Tuinmix compost costs €7.95 for 40 litres and suits most borders and pots"
cl(H, aq, sq, "€7.95", 7.95, 7.95, "EUR", "=", "Tuinmix compost", "price per bag", "price")
cl(H, aq, sq, "40 litres", 40, 40, "L", "=", "Tuinmix compost bag", "volume", "other")
aq = "A 50-litre bag of bark mulch"
sq = "A 50-litre bag of bark mulch covers about 1 m² at 5 cm deep, which keeps weeds down and moisture in"
cl(H, aq, sq, "50-litre", 50, 50, "L", "=", "bag of bark mulch", "volume", "other")
cl(H, aq, sq, "about 1 m²", 1, 1, "m²", "~", "50-litre bag of bark mulch", "area covered", "other")
cl(H, aq, sq, "5 cm deep", 5, 5, "cm", "=", "bark mulch layer", "depth", "other")
aq = "Expect flowers about 7 weeks after planting the bulb."
cl(H, aq, "Expect flowers about 7 weeks after planting the bulb", "about 7 weeks", 7, 7, "week", "~", "amaryllis", "time to flowering", "duration")

# help-desk export (11 answers)
aq = "Yes, you can pick your delivery day at checkout"
cl(J, aq, "Yes, you can pick your delivery day at checkout, up to three weeks ahead", "up to three weeks", None, 3, "week", "<=", "chosen delivery day", "how far ahead", "limit")
aq = "You have a full year from delivery to claim"
cl(J, aq, "You have a full year from delivery to claim under the growing guarantee", "a full year", 1, 1, "year", "=", "growing guarantee", "guarantee length", "duration")
aq = "Our olive trees tolerate frost down to -7 °C."
cl(J, aq, "Our olive trees tolerate frost down to -7 °C", "down to -7 °C", -7, None, "°C", ">=", "olive trees", "frost hardiness", "limit")
aq = "(2022) The minimum order is €15"
cl(J, aq, "(2022) The minimum order is €15, before shipping costs are added", "€15", 15, None, "EUR", ">=", "orders in 2022", "minimum order value", "limit")
aq = "Crocuses only need to go 8 cm deep"
cl(J, aq, "Crocuses only need to go 8 cm deep, so they're ideal for planting in a lawn", "8 cm", 8, 8, "cm", "=", "crocus bulbs", "planting depth", "other")
aq = "Lavender in a 9 cm pot is €3.95"
cl(J, aq, "Lavender in a 9 cm pot is €3.95, which makes it the cheapest way to plant a long row", "€3.95", 3.95, 3.95, "EUR", "=", "lavender in a 9 cm pot", "price", "price")
aq = "Tuinmix Pro is €11.95 per 40 L bag."
sq = "Tuinmix Pro is €11.95 per 40 L bag"
cl(J, aq, sq, "€11.95", 11.95, 11.95, "EUR", "=", "Tuinmix Pro compost", "price per bag", "price")
cl(J, aq, sq, "40 L", 40, 40, "L", "=", "Tuinmix Pro compost bag", "volume", "other")
aq = "Yes. Tuinclub members save 10%"
sq = "Tuinclub members save 10%, so a €45 order comes to €40.50 before shipping"
cl(J, aq, sq, "10%", 10, 10, "%", "=", "Tuinclub members", "discount", "percentage")
cl(J, aq, sq, "€45", 45, 45, "EUR", "=", "example order", "order value before discount", "price")
cl(J, aq, sq, "€40.50", 40.5, 40.5, "EUR", "=", "example order", "order value after discount", "price")
aq = "It depends on the pot and the spot."
cl(J, aq, "For example, a big patio pot in full sun might need 5 litres of water a day during a heatwave", "5 litres of water a day", 5, 5, "L/day", "=", "big patio pot in full sun during a heatwave", "water needed", "other", True)
aq = "Wisteria can grow up to 3 m a year"
cl(J, aq, "Wisteria can grow up to 3 m a year, so give it a strong support from the start", "up to 3 m a year", None, 3, "m/year", "<=", "wisteria", "growth per year", "limit")
aq = "Damage reports that reach us after two days can't be accepted"
cl(J, aq, "Damage reports that reach us after two days can't be accepted, so check your parcel as soon as it arrives", "after two days", None, 2, "day", "<=", "transport damage report", "reporting deadline", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
