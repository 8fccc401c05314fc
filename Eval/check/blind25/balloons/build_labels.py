#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the balloons domain (Wolkenjager Ballonvaarten)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "whatsapp-replies.txt", "pilot-notes.md", "passenger-faq.html", "faq-stories.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The WhatsApp replies say every flight includes the minibus back, a glass of bubbly and a flight certificate, while the Joplin page says the ticket covers the ride back and a certificate but the champagne toast is extra.",
  "what a flight ticket includes", side(T, "Every flight includes the minibus back, a glass of bubbly and a flight certificate"), side(H, "The ticket covers the ride back and a flight certificate; the champagne toast is extra")),
 ("list", "The pilot notes accept iDEAL, credit card, bank transfer and PIN at the field, while the Storyblok entry says tickets can only be paid by iDEAL or bank transfer.",
  "payment methods accepted", side(M, "We accept iDEAL, credit card, bank transfer and PIN at the field"), side(J, "Tickets can only be paid by iDEAL or bank transfer, nothing else")),
 ("list", "The Joplin page launches from Apeldoorn, Deventer, Zutphen and Hattem, while the WhatsApp replies say only the Apeldoorn and Deventer fields are used for take-off.",
  "launch sites in use", side(H, "We launch from fields in Apeldoorn, Deventer, Zutphen and Hattem"), side(T, "Only the Apeldoorn and Deventer fields are used for take-off")),
 # polarity
 ("polarity", "The pilot notes let pregnant passengers fly if their midwife or doctor agrees, while the Storyblok entry says pregnant passengers are never taken.",
  "flying while pregnant", side(M, "Pregnant passengers can fly if their midwife or doctor agrees"), side(J, "We never take pregnant passengers, whatever stage they are at")),
 ("polarity", "The WhatsApp replies refund an unused voucher in full, while the Joplin page says vouchers are never exchanged for money.",
  "refunding a voucher", side(T, "If you change your mind, we'll refund an unused voucher in full"), side(H, "Vouchers are never exchanged for money")),
 ("polarity", "The Storyblok entry invites passengers to help hold the envelope open during inflation, while the pilot notes keep guests behind the rope until the basket is upright.",
  "passengers helping with the inflation", side(J, "Passengers are welcome to help hold the envelope open while it fills"), side(M, "Guests must stay behind the rope until the basket stands upright")),
 # numeric
 ("numeric", "The pilot notes give a maximum passenger weight of 120 kg, while the Joplin page says passengers over 110 kg cannot fly.",
  "maximum weight per passenger", side(M, "The maximum weight per passenger is 120 kg"), side(H, "Passengers weighing more than 110 kg cannot fly with us")),
 ("numeric", "The WhatsApp replies only take off with ground wind below 15 km/h, while the Storyblok entry flies in ground winds up to 25 km/h.",
  "maximum ground wind for a flight", side(T, "We only take off when the ground wind is below 15 km/h"), side(J, "Flights go ahead with ground winds of up to 25 km/h")),
 ("numeric", "The Joplin page says vouchers are valid for two years, while the pilot notes say a voucher expires after 12 months.",
  "voucher validity", side(H, "Vouchers are valid for two years from the date of purchase"), side(M, "A voucher expires 12 months after it was bought")),
 ("numeric", "The Storyblok entry allows a free rebooking when cancelling at least 14 days ahead, while the WhatsApp replies allow a free date change until 7 days before take-off.",
  "notice needed for a free rebooking", side(J, "Passengers who cancel at least 14 days before their flight can rebook for free"), side(T, "You can move your flight date free of charge until 7 days before take-off")),
 # arithmetic
 ("arithmetic", "Six hampers at € 32 each is € 192, not € 212.",
  "price of picnic hampers for a basket of six", side(H, "The picnic hamper is € 32 per person"), side(H, "so for a basket of six it comes to € 212")),
 ("arithmetic", "Four cylinders of 20 kg each is 80 kg of propane, not 100 kg.",
  "propane carried in the basket", side(M, "We carry four cylinders holding 20 kg of propane each"), side(M, "which is 100 kg of gas in the basket")),
 ("arithmetic", "At about 12 km an hour, 75 minutes of drifting covers about 15 km, not about 25 km.",
  "distance covered in a 75-minute flight", side(T, "The balloon usually drifts at around 12 km an hour"), side(T, "so a flight of 75 minutes ends about 25 km from the launch field")),
 # stale
 ("stale", "A 2022 note prices a seat on a shared flight at €199,00, while a 2025 entry says a place in a shared basket is €229,00.",
  "price of a seat on a shared flight", side(M, "(2022) A seat on a shared flight costs €199,00"), side(J, "As of 2025, a place in a shared basket is €229,00")),
 ("stale", "A 2023 reply says the fleet is three balloons, while a 2025 answer says the pilots fly five balloons.",
  "number of balloons in the fleet", side(T, "(2023) We have three balloons in the fleet"), side(H, "As of 2025, our pilots fly five balloons")),
 ("stale", "A 2022 entry says Wolkenjager made around 300 flights that season, while a note says that since 2024 it makes about 450 flights a year.",
  "number of flights a year", side(J, "(2022) Wolkenjager made around 300 flights that season"), side(M, "Since 2024, we've been doing about 450 flights a year")),
]

traps = [
 ("Different size tier: a private balloon for two is € 895, a private balloon for up to six guests €1.590,00.",
  side(H, "A private balloon for two costs € 895"), side(J, "A private balloon for up to six guests is €1.590,00")),
 ("Different region: pick-up from Deventer station is € 15 per person, pick-up from Zwolle €25,00 per person.",
  side(T, "Pick-up from Deventer station costs € 15 per person"), side(M, "Pick-up from Zwolle is €25,00 per person")),
 ("Different condition (day of the flight): Saturday flights are €20,00 extra, Sunday flights carry a € 30 supplement.",
  side(M, "Saturday flights are €20,00 extra per person"), side(H, "Sunday flights carry a € 30 supplement per person")),
 ("Different condition (age band): children aged 8 to 12 fly for €179,00, young people aged 13 to 17 pay € 195.",
  side(J, "Children aged 8 to 12 fly for €179,00"), side(T, "Young people aged 13 to 17 pay € 195")),
 ("Similarly named tickets: the Flex ticket is € 259, the Flex ticket Plus (with a framed photo) €319,00.",
  side(T, "The Flex ticket costs € 259 and lets you choose any evening flight"), side(J, "The Flex ticket Plus is €319,00 and adds a framed photo")),
 ("Same value in other units: 300 metres is about 984 feet, i.e. roughly 1000 feet.",
  side(H, "We usually fly at around 300 metres"), side(M, "For the pilots' logs: cruising height is roughly 1000 feet")),
 ("Correct computation: 12 people at €215,00 are €2.580,00.",
  side(J, "For groups of 10 or more we charge €215,00 per person"), side(J, "so a group of 12 pays €2.580,00")),
 ("Correct percentage: 15% off € 260 is € 221.",
  side(H, "Vouchers bought in November get 15% off"), side(H, "so a € 260 voucher costs € 221")),
 ("About 75 minutes lies inside the 60 to 90 minute range.",
  side(M, "Time in the air is between 60 and 90 minutes"), side(T, "You'll be in the air for about 75 minutes")),
 ("Five moves is a hedged example ('For example ... might') for a spring booking, not the usual case of flying within two attempts.",
  side(H, "Most passengers fly within two attempts"), side(J, "For example, a booking made for April might be moved five times")),
 ("The €25,00 photo package price is explicitly the price before 2024; € 35 is current.",
  side(M, "The photo package used to cost €25,00 before 2024"), side(T, "The photo package is € 35 and includes all the pictures")),
 ("'Up to an hour' is the longest drive back, on windy days; the minibus usually takes about 30 minutes.",
  side(J, "the drive back from the landing field can take up to an hour"), side(M, "The minibus usually gets passengers back to the launch site in about 30 minutes")),
 ("The clothing list is open ('such as'), so sunglasses as a further item are consistent.",
  side(H, "Wear things such as sturdy shoes, long trousers, a cap and a light jacket"), side(T, "Sunglasses are a good idea as well")),
 ("The same age rule stated in both directions (at least 8 years old / no children younger than 8).",
  side(H, "Children must be at least 8 years old to fly"), side(J, "We can't take children younger than 8")),
]

DOMAIN = ("Wolkenjager Ballonvaarten, a fictional hot-air balloon ride operator based in Apeldoorn, the Netherlands, "
          "flying over the Veluwe and the IJssel valley (prices in euros including VAT, written '€ 229' in some sources "
          "and '€229,00' in others): what a ticket includes, seat, child, youth, group and private-balloon prices, "
          "weekend supplements, Flex tickets, vouchers (validity, refunds, offers), payment, rebooking, weather and wind "
          "limits, launch sites, pick-ups, weight and age limits, pregnancy, helping at the inflation, flight time, "
          "height, drift and distance, propane, the drive back, what to wear, photos and the size of the fleet.")
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

# WhatsApp replies (8 answers)
aq = "We only take off when the ground wind is below 15 km/h"
sq = "We only take off when the ground wind is below 15 km/h, so the pilot checks the forecast again three hours before the flight"
cl(T, aq, sq, "below 15 km/h", None, 15, "km/h", "<", "take-off", "maximum ground wind", "limit")
cl(T, aq, sq, "three hours before", 3, 3, "hour", "=", "forecast check before a flight", "time before the flight", "duration")
aq = "The balloon usually drifts at around 12 km an hour"
sq = "The balloon usually drifts at around 12 km an hour, so a flight of 75 minutes ends about 25 km from the launch field"
cl(T, aq, sq, "around 12 km an hour", 12, 12, "km/h", "~", "balloon in flight", "drift speed", "other")
cl(T, aq, sq, "75 minutes", 75, 75, "minute", "=", "example flight", "time in the air", "duration")
cl(T, aq, sq, "about 25 km", 25, 25, "km", "~", "example 75-minute flight", "distance from the launch field", "other")
aq = "(2023) We have three balloons in the fleet"
cl(T, aq, "(2023) We have three balloons in the fleet, so summer evenings are often fully booked weeks ahead", "three balloons", 3, 3, "balloons", "=", "Wolkenjager fleet", "balloons", "count")
aq = "Pick-up from Deventer station costs € 15 per person"
cl(T, aq, "Pick-up from Deventer station costs € 15 per person, and the driver waits at the main entrance", "€ 15 per person", 15, 15, "EUR", "=", "pick-up from Deventer station", "pick-up fee per person", "price")
aq = "Young people aged 13 to 17 pay € 195"
sq = "Young people aged 13 to 17 pay € 195 and must fly with a parent or guardian in the same basket"
cl(T, aq, sq, "aged 13 to 17", 13, 17, "year", "=", "youth passenger", "age band", "other")
cl(T, aq, sq, "€ 195", 195, 195, "EUR", "=", "youth passenger aged 13 to 17", "seat price", "price")
aq = "The Flex ticket costs € 259"
cl(T, aq, "The Flex ticket costs € 259 and lets you choose any evening flight in the season", "€ 259", 259, 259, "EUR", "=", "Flex ticket", "price", "price")
aq = "You'll be in the air for about 75 minutes"
cl(T, aq, "You'll be in the air for about 75 minutes, depending on where the wind lets us land", "about 75 minutes", 75, 75, "minute", "~", "balloon flight", "time in the air", "duration")
aq = "The photo package is € 35"
cl(T, aq, "The photo package is € 35 and includes all the pictures from the camera on the basket", "€ 35", 35, 35, "EUR", "=", "photo package", "price", "price")

# pilot notes (10 answers)
aq = "The maximum weight per passenger is 120 kg"
cl(M, aq, "The maximum weight per passenger is 120 kg", "120 kg", None, 120, "kg", "<=", "passenger", "maximum weight", "limit")
aq = "A voucher expires 12 months after it was bought"
cl(M, aq, "A voucher expires 12 months after it was bought", "12 months", 12, 12, "month", "=", "voucher", "validity period", "duration")
aq = "We carry four cylinders holding 20 kg of propane each"
sq = "We carry four cylinders holding 20 kg of propane each, which is 100 kg of gas in the basket"
cl(M, aq, sq, "four cylinders", 4, 4, "cylinders", "=", "balloon basket", "propane cylinders carried", "count")
cl(M, aq, sq, "20 kg of propane each", 20, 20, "kg", "=", "propane cylinder", "propane per cylinder", "other")
cl(M, aq, sq, "100 kg", 100, 100, "kg", "=", "balloon basket", "total propane carried", "other")
cl(M, aq, "One cylinder lasts about 20 minutes of flying in calm weather", "about 20 minutes", 20, 20, "minute", "~", "propane cylinder in calm weather", "flying time per cylinder", "duration")
aq = "(2022) A seat on a shared flight costs €199,00"
cl(M, aq, "(2022) A seat on a shared flight costs €199,00 per person, whatever the launch site", "€199,00", 199, 199, "EUR", "=", "seat on a shared flight", "seat price", "price")
aq = "Since 2024, we've been doing about 450 flights a year"
cl(M, aq, "Since 2024, we've been doing about 450 flights a year, most of them between April and October", "about 450 flights a year", 450, 450, "flights/year", "~", "Wolkenjager Ballonvaarten", "flights per year", "count")
aq = "Pick-up from Zwolle is €25,00 per person"
cl(M, aq, "Pick-up from Zwolle is €25,00 per person", "€25,00 per person", 25, 25, "EUR", "=", "pick-up from Zwolle", "pick-up fee per person", "price")
aq = "Saturday flights are €20,00 extra per person"
cl(M, aq, "Saturday flights are €20,00 extra per person", "€20,00 extra", 20, 20, "EUR", "=", "Saturday flight", "supplement per person", "price")
aq = "For the pilots' logs: cruising height is roughly 1000 feet"
cl(M, aq, "For the pilots' logs: cruising height is roughly 1000 feet over the Veluwe, lower over the IJssel when we look for a landing field", "roughly 1000 feet", 1000, 1000, "ft", "~", "balloon flight over the Veluwe", "cruising height", "other")
aq = "Time in the air is between 60 and 90 minutes"
cl(M, aq, "Time in the air is between 60 and 90 minutes, depending on the wind and where we can land", "between 60 and 90 minutes", 60, 90, "minute", "=", "balloon flight", "time in the air", "duration")
aq = "The photo package used to cost €25,00 before 2024."
cl(M, aq, "The photo package used to cost €25,00 before 2024", "€25,00", 25, 25, "EUR", "=", "photo package before 2024", "old price", "price")
aq = "The minibus usually gets passengers back to the launch site"
cl(M, aq, "The minibus usually gets passengers back to the launch site in about 30 minutes", "about 30 minutes", 30, 30, "minute", "~", "drive back after landing", "typical duration", "duration")

# passenger FAQ, Joplin export (9 answers)
aq = "A private balloon for two costs € 895"
sq = "A private balloon for two costs € 895, and you have the pilot all to yourselves"
cl(H, aq, sq, "for two", 2, 2, "passengers", "=", "private balloon", "passengers", "count")
cl(H, aq, sq, "€ 895", 895, 895, "EUR", "=", "private balloon for two", "price", "price")
aq = "Yes. Sunday flights carry a € 30 supplement"
cl(H, aq, "Sunday flights carry a € 30 supplement per person, and only evening flights are offered", "€ 30 supplement", 30, 30, "EUR", "=", "Sunday flight", "supplement per person", "price")
aq = "Yes. The picnic hamper is € 32 per person"
sq = "The picnic hamper is € 32 per person, so for a basket of six it comes to € 212"
cl(H, aq, sq, "€ 32 per person", 32, 32, "EUR", "=", "picnic hamper", "price per person", "price")
cl(H, aq, sq, "a basket of six", 6, 6, "passengers", "=", "example picnic order", "hampers ordered", "count")
cl(H, aq, sq, "€ 212", 212, 212, "EUR", "=", "picnic hampers for a basket of six", "total price", "price")
cl(H, aq, "Let us know at least two days in advance", "at least two days", 2, None, "day", ">=", "picnic hamper order", "notice required", "limit")
aq = "Vouchers are valid for two years from the date of purchase"
cl(H, aq, "Vouchers are valid for two years from the date of purchase, and you can book a flight date at any time in that period", "two years", 2, 2, "year", "=", "voucher", "validity period", "duration")
aq = "Vouchers bought in November get 15% off"
sq = "Vouchers bought in November get 15% off, so a € 260 voucher costs € 221"
cl(H, aq, sq, "15% off", 15, 15, "%", "=", "voucher bought in November", "discount", "percentage")
cl(H, aq, sq, "€ 260", 260, 260, "EUR", "=", "voucher", "voucher value", "price")
cl(H, aq, sq, "€ 221", 221, 221, "EUR", "=", "€ 260 voucher bought in November", "discounted price", "price")
aq = "Passengers weighing more than 110 kg cannot fly with us"
cl(H, aq, "Passengers weighing more than 110 kg cannot fly with us, because the load in the basket is worked out per compartment", "more than 110 kg", None, 110, "kg", "<=", "passenger", "maximum weight", "limit")
aq = "Most passengers fly within two attempts"
cl(H, aq, "Most passengers fly within two attempts, because we only cancel when the forecast really rules out a safe flight", "within two attempts", None, 2, "attempts", "<=", "typical passenger", "booked dates needed before flying", "count")
aq = "We usually fly at around 300 metres"
cl(H, aq, "We usually fly at around 300 metres, but the pilot goes lower over the river so you can see the cows", "around 300 metres", 300, 300, "m", "~", "balloon flight", "cruising height", "other")
aq = "Children must be at least 8 years old to fly"
cl(H, aq, "Children must be at least 8 years old to fly, and they need to be tall enough to see over the basket rim", "at least 8 years old", 8, None, "year", ">=", "child passenger", "minimum age", "limit")

# FAQ stories, Storyblok JSON (11 answers)
aq = "Flights go ahead with ground winds of up to 25 km/h"
cl(J, aq, "Flights go ahead with ground winds of up to 25 km/h", "up to 25 km/h", None, 25, "km/h", "<=", "take-off", "maximum ground wind", "limit")
aq = "Passengers who cancel at least 14 days before their flight"
cl(J, aq, "Passengers who cancel at least 14 days before their flight can rebook for free", "at least 14 days", 14, None, "day", ">=", "free rebooking", "notice required", "limit")
aq = "As of 2025, a place in a shared basket is €229,00"
cl(J, aq, "As of 2025, a place in a shared basket is €229,00, and that includes VAT", "€229,00", 229, 229, "EUR", "=", "seat on a shared flight", "seat price", "price")
aq = "(2022) Wolkenjager made around 300 flights that season"
cl(J, aq, "(2022) Wolkenjager made around 300 flights that season, from the Veluwe to the IJssel valley", "around 300 flights that season", 300, 300, "flights/year", "~", "Wolkenjager Ballonvaarten", "flights per year", "count")
aq = "A private balloon for up to six guests is €1.590,00"
sq = "A private balloon for up to six guests is €1.590,00, so friends or family can fly together"
cl(J, aq, sq, "up to six guests", None, 6, "passengers", "<=", "private balloon for a group", "passengers", "count")
cl(J, aq, sq, "€1.590,00", 1590, 1590, "EUR", "=", "private balloon for up to six guests", "price", "price")
aq = "Children aged 8 to 12 fly for €179,00"
sq = "Children aged 8 to 12 fly for €179,00 when they share a basket with an adult"
cl(J, aq, sq, "aged 8 to 12", 8, 12, "year", "=", "child passenger", "age band", "other")
cl(J, aq, sq, "€179,00", 179, 179, "EUR", "=", "child passenger aged 8 to 12", "seat price", "price")
aq = "The Flex ticket Plus is €319,00"
cl(J, aq, "The Flex ticket Plus is €319,00 and adds a framed photo of your balloon over the Veluwe", "€319,00", 319, 319, "EUR", "=", "Flex ticket Plus", "price", "price")
aq = "For groups of 10 or more we charge €215,00 per person"
sq = "For groups of 10 or more we charge €215,00 per person, so a group of 12 pays €2.580,00"
cl(J, aq, sq, "groups of 10 or more", 10, None, "passengers", ">=", "group booking", "group size for the group price", "limit")
cl(J, aq, sq, "€215,00 per person", 215, 215, "EUR", "=", "group booking", "price per person", "price")
cl(J, aq, sq, "a group of 12", 12, 12, "passengers", "=", "example group booking", "group size", "count")
cl(J, aq, sq, "€2.580,00", 2580, 2580, "EUR", "=", "group of 12", "total price", "price")
aq = "Usually, yes."
cl(J, aq, "For example, a booking made for April might be moved five times before it flies, because spring weather changes quickly", "five times", 5, 5, "times", "=", "example April booking", "times moved before flying", "count", True)
aq = "On windy days the drive back from the landing field"
cl(J, aq, "On windy days the drive back from the landing field can take up to an hour, so don't plan anything straight after your flight", "up to an hour", None, 1, "hour", "<=", "drive back on a windy day", "longest duration", "duration")
aq = "We can't take children younger than 8"
cl(J, aq, "We can't take children younger than 8, even on a private flight with the whole family", "younger than 8", 8, None, "year", ">=", "child passenger", "minimum age", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
