#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the e-bike domain."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
S, P, D, B = "support-answers.txt", "models-and-specs.html", "dealer-notes.md", "battery-care.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 ("list", "Support says Pellion delivers to Switzerland as well as six EU countries, while the dealer notes say direct orders ship only within the EU and Swiss customers go to a dealer.",
  "direct delivery countries", side(S, "We deliver to Germany, Austria, the Netherlands, Belgium, France, Denmark and Switzerland"), side(D, "Pellion ships only within the EU: Germany, Austria, the Netherlands, Belgium, France and Denmark")),
 ("list", "Support lists the Strato 5 among bikes that connect to the Pellion Ride app, while the dealer notes limit app connectivity to the Strato 7 and Haul C.",
  "Pellion Ride app compatible models", side(S, "The Pellion Ride app connects to the Strato 5, Strato 7 and Haul C"), side(D, "App connectivity is available on the Strato 7 and Haul C only")),
 ("list", "Support says a child trailer can be hitched to the Strato 5, while the dealer notes allow trailers on the Strato 7 and Haul C only.",
  "trailer-approved models", side(S, "A child trailer can be hitched to the Strato 5, Strato 7 or Haul C"), side(D, "Trailers may be used with the Strato 7 and Haul C only")),
 ("polarity", "Support says every model has walk assist, while the dealer notes say the Pip lacks push-assist.",
  "walk assist on the Pip", side(S, "Every Pellion model includes walk assist"), side(D, "The Pip folding bike lacks push-assist, because its small controller has no walk mode")),
 ("polarity", "Support says the Strato 5 battery can be removed for indoor charging, while the dealer notes say it is integrated and cannot be taken out.",
  "removable Strato 5 battery", side(S, "The battery on the Strato 5 can be removed for charging indoors"), side(D, "Strato-5 batteries are integrated into the down tube and cannot be taken out")),
 ("polarity", "Support allows a pressure washer on the lowest setting, while the dealer notes forbid pressure washers at any setting.",
  "pressure washing the bike", side(S, "You may use a pressure washer on the lowest setting"), side(D, "Never use a pressure washer on any Pellion bike, whatever the setting")),
 ("numeric", "Support gives the Strato 7 a weight of 24.1 kg with battery, while the specs page gives 25.5 kg.",
  "Strato 7 weight with battery", side(S, "The Strato-7 comes in at 24.1 kg including the battery and pedals"), side(P, "Strato 7 trekking bike: 25.5 kg with battery")),
 ("numeric", "The dealer notes rate the Strato 5 for 130 kg in total, while the specs page allows 140 kg.",
  "Strato 5 maximum permitted total weight", side(D, "The Strato 5 is rated for 130 kg including rider and luggage"), side(P, "Strato 5 commuter: 140 kg in total")),
 ("numeric", "Support gives a 7-year frame warranty, while the dealer notes give 10 years.",
  "frame warranty length", side(S, "Pellion frames are covered for 7 years against manufacturing defects"), side(D, "Frames carry a 10-year warranty against cracks and weld failures")),
 ("numeric", "Support allows returns within 30 days of delivery, while the dealer notes give direct customers a 21-day return window.",
  "direct-order return window", side(S, "Return it within 30 days of delivery for a full refund"), side(D, "Direct customers have a 21-day return window from delivery")),
 ("numeric", "The specs page says the 625 Wh battery takes 5 hours on the standard 4 A charger, while the dealer notes say 3.5 hours on the 4-amp charger.",
  "625 Wh battery charge time on the 4 A charger", side(P, "a full charge of the 625 Wh battery takes 5 hours"), side(D, "The 625 Wh PowerPack charges fully in 3.5 hours on the 4-amp charger")),
 ("arithmetic", "25 km/h is about 15.5 mph, not roughly 18 mph.",
  "pedelec assistance limit in mph", side(S, "so the motor cuts out at 25 km/h"), side(S, "In miles per hour that is roughly 18 mph")),
 ("arithmetic", "A cut from €2,199 to €1,899 is a saving of about 13.6%, not 20%.",
  "Pip price reduction", side(S, "the Pip now costs €1,899, down from €2,199"), side(S, "That is a saving of 20% on our folding bike")),
 ("arithmetic", "€4,990 over 24 instalments is €207.92 a month, not €197.92.",
  "Haul C monthly finance instalment", side(P, "Spread over 24 monthly instalments at 0%"), side(P, "the €4,990 Haul C costs €197.92 a month")),
 ("arithmetic", "625 Wh at 10 Wh per km gives about 62 km, not about 52 km.",
  "range of a 625 Wh battery at 10 Wh/km", side(B, "At an average consumption of 10 Wh per km"), side(B, "a full 625 Wh battery gives you about 52 km")),
 ("stale", "A 2022 answer prices a spare 500 Wh PowerPack at €599, while a 2025 answer prices it at €649.",
  "spare 500 Wh PowerPack price", side(B, "(2022) A spare PowerPack 500 costs €599 and ships within a week"), side(S, "As of 2025, a replacement 500 Wh PowerPack is €649")),
 ("stale", "A 2023 note puts the free first inspection at 300 km, while a 2025 answer puts the free first service at 500 km.",
  "free first service interval", side(D, "(2023) The free first inspection is due after 300 km"), side(S, "Updated 2025: your free first service is due at 500 km")),
 ("stale", "A 2023 note gives the Strato 5 retail price as €2,299, while the 2025 price list gives €2,499.",
  "Strato 5 retail price", side(D, "(2023) Strato 5 retail price is €2,299 including the rear rack and lights"), side(P, "As of 2025, the Strato 5 sells for €2,499")),
]

traps = [
 ("Similarly named models: €3,199 is the Strato 7 price and €3,899 the Strato 7 S (speed pedelec) price.",
  side(S, "A Strato 7 at €3,199 over 12 months"), side(P, "The Strato 7 S costs €3,899 and is sold in Germany")),
 ("Different models: 150 kg is the Strato 7 limit and 110 kg the Pip limit.",
  side(D, "Strato 7 riders can load the bike up to 150 kg in total"), side(P, "Pip folding bike: 110 kg in total")),
 ("Same value in other units: 18.5 kg is about 41 lb.",
  side(S, "at about 41 lb, is light enough to carry onto a train"), side(P, "Pip folding bike: 18.5 kg with battery")),
 ("Correct computation: €3,199 / 12 = €266.58.",
  side(S, "A Strato 7 at €3,199 over 12 months works out"), side(S, "works out to €266.58 a month")),
 ("Correct percentage: 10% off €89 is €80.10.",
  side(S, "Pellion Club members get 10% off accessories in our online shop"), side(S, "a €89 Pellion frame lock costs €80.10")),
 ("About 3 hours lies inside the stated 2.5-3.5 hour range for the Pip.",
  side(S, "takes 2.5 to 3.5 hours to charge from empty"), side(B, "the Pip's battery is full in about 3 hours")),
 ("40 km in Turbo with a heavy load is a hedged example, not the Strato 5's Eco-mode maximum range.",
  side(S, "If you ride, say, 40 km in Turbo mode with a heavy load"), side(P, "the Strato 5 reaches up to 110 km")),
 ("180 kg is explicitly the rating before the 2024 frame update; the current rating is 200 kg in both files.",
  side(D, "The Haul C was rated for 180 kg total until the 2024 frame update"), side(P, "Haul C cargo bike: 200 kg in total")),
 ("'Up to 140 km' is the Eco-mode maximum, while around 80 km is the typical everyday range.",
  side(S, "Most riders get around 80 km from a charge of the Strato 7"), side(P, "the Strato 7 up to 140 km")),
 ("Different variants: standard pedelecs cut out at 25 km/h, the Strato 7 S speed pedelec assists to 45 km/h.",
  side(P, "assists up to 45 km/h (about 28 mph)"), side(S, "Our bikes are sold as pedelecs, so the motor cuts out")),
 ("Different models: the Strato 7 rack is rated for 25 kg, the Pip rack for 15 kg.",
  side(D, "The Strato 7 rear rack is rated for 25 kg"), side(S, "Its rear rack takes up to 15 kg")),
 ("The accessory list is open ('include'), so a dog basket on the Strato 7 rack is consistent.",
  side(D, "Accessories that fit it include panniers, a top case and a child seat"), side(S, "The Strato 7 rack also takes our wicker dog basket")),
 ("The same 0-40 °C charging rule stated in both directions.",
  side(S, "Charge your battery only when it is between 0 °C and 40 °C"), side(B, "Do not charge the battery below 0 °C or above 40 °C")),
 ("Correct unit computation: 625 Wh / 36 V is about 17.4 Ah.",
  side(P, "All PowerPacks run at 36 V"), side(P, "The 625 Wh PowerPack holds about 17.4 Ah")),
 ("Different chargers: 5 hours on the standard 4 A charger, about 3.5 hours on the 6 A Fast Charger.",
  side(P, "With the standard 4 A charger, a full charge"), side(P, "fills the 625 Wh battery in about 3.5 hours")),
 ("Correct computation: two 500 Wh packs give 1,000 Wh.",
  side(P, "The Dual Battery option adds a second 500 Wh PowerPack"), side(P, "so the two packs together give 1,000 Wh")),
 ("Correct computation: 800 cycles at three charges a week is about 5.1 years.",
  side(B, "For a commuter who charges three times a week"), side(B, "800 cycles is roughly 5 years of use")),
 ("Different condition: €590 is the Dual Battery option ordered with a Haul C, €649 a replacement pack.",
  side(P, "adds a second 500 Wh PowerPack for €590"), side(S, "a replacement 500 Wh PowerPack is €649, and the 625 Wh")),
 ("Correct comparison: 360 Wh is more than twice the 160 Wh airline limit.",
  side(B, "Airlines limit spare lithium batteries to 160 Wh"), side(B, "even the Pip's 360 Wh pack is more than twice that limit")),
]

labels = {
 "domain": "Pellion Bikes, a fictional Leipzig e-bike maker selling direct in Europe (Strato 5 commuter, Strato 7 / 7 ST / 7 S trekking bikes, Haul C cargo bike, Pip folding bike): prices, weights, load limits, range, batteries and charging, warranty, returns, delivery, app and accessories.",
 "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
json.dump(labels, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)

C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

aq = "We deliver to Germany, Austria, the Netherlands"
cl(S, aq, "Delivery is free and usually takes 5 to 10 working days from the day your bike leaves our workshop in Leipzig", "5 to 10 working days", 5, 10, "business day", "=", "bike delivery", "delivery time", "duration")

aq = "The Strato-7 comes in at 24.1 kg"
cl(S, aq, "The Strato-7 comes in at 24.1 kg including the battery and pedals, so most riders can lift it onto a car rack or carry it up a few steps", "24.1 kg", 24.1, 24.1, "kg", "=", "Strato 7", "weight with battery", "weight")

aq = "Not happy with your new bike?"
cl(S, aq, "Return it within 30 days of delivery for a full refund", "within 30 days", None, 30, "day", "<=", "direct order", "return window", "duration")
cl(S, aq, "We collect it free of charge, as long as it has been ridden less than 200 km", "less than 200 km", None, 200, "km", "<", "returned bike", "distance ridden", "length")

aq = "Every Pellion model includes walk assist"
cl(S, aq, "Every Pellion model includes walk assist, which moves the bike at up to 6 km/h while you push it up a ramp or out of a cellar", "up to 6 km/h", None, 6, "km/h", "<=", "walk assist", "speed", "other")
cl(S, aq, "Hold the minus button for 2 seconds to start it", "2 seconds", 2, 2, "s", "=", "walk assist", "button hold time", "duration")

aq = "You may use a pressure washer on the lowest setting"
cl(S, aq, "You may use a pressure washer on the lowest setting, as long as you keep the nozzle at least 1 metre away from the motor, display and bearings", "at least 1 metre", 1, None, "m", ">=", "pressure washer nozzle", "distance from motor and bearings", "length")

aq = "Our bikes are sold as pedelecs"
cl(S, aq, "Our bikes are sold as pedelecs, so the motor cuts out at 25 km/h", "25 km/h", None, 25, "km/h", "<=", "pedelec motor", "assistance speed limit", "other")
cl(S, aq, "In miles per hour that is roughly 18 mph, the same limit that applies across the EU", "roughly 18 mph", 18, 18, "mph", "~", "pedelec motor", "assistance speed limit", "other")

aq = "How far you get depends on the assist mode"
sq = "If you ride, say, 40 km in Turbo mode with a heavy load, you might empty the Strato 5's 500 Wh battery completely"
cl(S, aq, sq, "40 km", 40, 40, "km", "=", "Strato 5 in Turbo mode with a heavy load", "distance on one charge", "length", True)
cl(S, aq, sq, "500 Wh", 500, 500, "Wh", "=", "Strato 5 battery", "capacity", "other")

aq = "We offer 0% finance over 12 or 24 months"
cl(S, aq, "We offer 0% finance over 12 or 24 months on every bike, subject to a credit check", "0%", 0, 0, "%", "=", "bike finance", "interest rate", "percentage")
cl(S, aq, "We offer 0% finance over 12 or 24 months on every bike, subject to a credit check", "12 or 24 months", 12, 24, "month", "=", "bike finance", "term", "duration")
cl(S, aq, "A Strato 7 at €3,199 over 12 months works out to €266.58 a month", "€3,199", 3199, 3199, "EUR", "=", "Strato 7", "price", "price")
cl(S, aq, "A Strato 7 at €3,199 over 12 months works out to €266.58 a month", "12 months", 12, 12, "month", "=", "Strato 7 finance example", "term", "duration")
cl(S, aq, "A Strato 7 at €3,199 over 12 months works out to €266.58 a month", "€266.58 a month", 266.58, 266.58, "EUR/month", "=", "Strato 7 on 12-month finance", "monthly instalment", "price")

aq = "Pellion Club members get 10% off accessories"
cl(S, aq, "Pellion Club members get 10% off accessories in our online shop, so a €89 Pellion frame lock costs €80.10", "10%", 10, 10, "%", "=", "Pellion Club", "accessory discount", "percentage")
cl(S, aq, "Pellion Club members get 10% off accessories in our online shop, so a €89 Pellion frame lock costs €80.10", "€89", 89, 89, "EUR", "=", "Pellion frame lock", "price", "price")
cl(S, aq, "Pellion Club members get 10% off accessories in our online shop, so a €89 Pellion frame lock costs €80.10", "€80.10", 80.10, 80.10, "EUR", "=", "Pellion frame lock for Club members", "price", "price")

aq = "The Pip folds in under 20 seconds"
cl(S, aq, "The Pip folds in under 20 seconds and, at about 41 lb, is light enough to carry onto a train", "under 20 seconds", None, 20, "s", "<", "Pip", "folding time", "duration")
cl(S, aq, "The Pip folds in under 20 seconds and, at about 41 lb, is light enough to carry onto a train", "about 41 lb", 41, 41, "lb", "~", "Pip", "weight", "weight")
cl(S, aq, "Its rear rack takes up to 15 kg", "up to 15 kg", None, 15, "kg", "<=", "Pip rear rack", "load limit", "weight")

aq = "The Pip's 360 Wh battery takes 2.5 to 3.5 hours"
cl(S, aq, "The Pip's 360 Wh battery takes 2.5 to 3.5 hours to charge from empty, depending on the room temperature", "360 Wh", 360, 360, "Wh", "=", "Pip battery", "capacity", "other")
cl(S, aq, "The Pip's 360 Wh battery takes 2.5 to 3.5 hours to charge from empty, depending on the room temperature", "2.5 to 3.5 hours", 2.5, 3.5, "hour", "=", "Pip battery", "charge time from empty", "duration")

aq = "Good news for commuters"
cl(S, aq, "Good news for commuters: the Pip now costs €1,899, down from €2,199", "€1,899", 1899, 1899, "EUR", "=", "Pip", "price", "price")
cl(S, aq, "Good news for commuters: the Pip now costs €1,899, down from €2,199", "€2,199", 2199, 2199, "EUR", "=", "Pip", "former price", "price")
cl(S, aq, "That is a saving of 20% on our folding bike", "20%", 20, 20, "%", "=", "Pip price cut", "saving", "percentage")

aq = "Pellion frames are covered for 7 years"
cl(S, aq, "Pellion frames are covered for 7 years against manufacturing defects", "7 years", 7, 7, "year", "=", "Pellion frame", "warranty length", "duration")
cl(S, aq, "Motors, batteries and displays carry a 2-year warranty", "2-year", 2, 2, "year", "=", "motors, batteries and displays", "warranty length", "duration")

# specs page
aq = "As of 2025, the Strato 5 sells for €2,499"
sq = "As of 2025, the Strato 5 sells for €2,499, the Strato 7 and Strato 7 ST for €3,199, the Haul C for €4,990 and the Pip for €1,899"
cl(P, aq, sq, "€2,499", 2499, 2499, "EUR", "=", "Strato 5", "price", "price")
cl(P, aq, sq, "€3,199", 3199, 3199, "EUR", "=", "Strato 7 and Strato 7 ST", "price", "price")
cl(P, aq, sq, "€4,990", 4990, 4990, "EUR", "=", "Haul C", "price", "price")
cl(P, aq, sq, "€1,899", 1899, 1899, "EUR", "=", "Pip", "price", "price")

aq = "All weights are for a size M frame with the battery fitted"
for li, subj, v in [("Strato 5 commuter: 23 kg with battery", "Strato 5", 23), ("Strato 7 trekking bike: 25.5 kg with battery", "Strato 7", 25.5),
                    ("Strato 7 ST step-through: 25 kg with battery", "Strato 7 ST", 25), ("Haul C cargo bike: 38 kg with one battery", "Haul C with one battery", 38),
                    ("Pip folding bike: 18.5 kg with battery", "Pip", 18.5)]:
    cl(P, aq, li, f"{v:g} kg", v, v, "kg", "=", subj, "weight with battery", "weight")

aq = "The limit covers rider, bike and luggage together"
for li, subj, v in [("Strato 5 commuter: 140 kg in total", "Strato 5", 140), ("Strato 7 and Strato 7 ST: 150 kg in total", "Strato 7 and Strato 7 ST", 150),
                    ("Haul C cargo bike: 200 kg in total", "Haul C", 200), ("Pip folding bike: 110 kg in total", "Pip", 110)]:
    cl(P, aq, li, f"{v} kg", None, v, "kg", "<=", subj, "maximum permitted total weight", "limit")

aq = "Range depends on the assist mode"
sq = "In Eco mode on flat roads the Strato 5 reaches up to 110 km, the Strato 7 up to 140 km, the Haul C up to 90 km on one battery and the Pip up to 60 km"
for surf, subj, v in [("up to 110 km", "Strato 5 in Eco mode", 110), ("up to 140 km", "Strato 7 in Eco mode", 140),
                      ("up to 90 km", "Haul C with one battery in Eco mode", 90), ("up to 60 km", "Pip in Eco mode", 60)]:
    cl(P, aq, sq, surf, None, v, "km", "<=", subj, "range", "length")

aq = "The Strato 5 has a 50 Nm rear hub motor"
cl(P, aq, "The Strato 5 has a 50 Nm rear hub motor", "50 Nm", 50, 50, "Nm", "=", "Strato 5 motor", "torque", "other")
sq = "The Strato 7, Strato 7 ST and Haul C use our 85 Nm mid-drive motor, and the Pip has a 40 Nm front hub motor"
cl(P, aq, sq, "85 Nm", 85, 85, "Nm", "=", "Strato 7, Strato 7 ST and Haul C motor", "torque", "other")
cl(P, aq, sq, "40 Nm", 40, 40, "Nm", "=", "Pip motor", "torque", "other")

aq = "The Strato 7 S is the speed pedelec version"
cl(P, aq, "The Strato 7 S is the speed pedelec version of the Strato 7 and assists up to 45 km/h (about 28 mph)", "up to 45 km/h", None, 45, "km/h", "<=", "Strato 7 S", "assistance speed limit", "other")
cl(P, aq, "The Strato 7 S is the speed pedelec version of the Strato 7 and assists up to 45 km/h (about 28 mph)", "about 28 mph", 28, 28, "mph", "~", "Strato 7 S", "assistance speed limit", "other")
cl(P, aq, "The Strato 7 S costs €3,899 and is sold in Germany, Austria and the Netherlands", "€3,899", 3899, 3899, "EUR", "=", "Strato 7 S", "price", "price")

aq = "With the standard 4 A charger"
sq = "With the standard 4 A charger, a full charge of the 625 Wh battery takes 5 hours and the 500 Wh battery about 4 hours"
cl(P, aq, sq, "4 A", 4, 4, "A", "=", "standard charger", "charging current", "other")
cl(P, aq, sq, "625 Wh", 625, 625, "Wh", "=", "625 Wh battery", "capacity", "other")
cl(P, aq, sq, "5 hours", 5, 5, "hour", "=", "625 Wh battery on the standard charger", "full charge time", "duration")
cl(P, aq, sq, "500 Wh", 500, 500, "Wh", "=", "500 Wh battery", "capacity", "other")
cl(P, aq, sq, "about 4 hours", 4, 4, "hour", "~", "500 Wh battery on the standard charger", "full charge time", "duration")
cl(P, aq, "Charging from 20% to 80% takes roughly half that time", "20% to 80%", 20, 80, "%", "=", "partial charge", "state of charge band", "percentage")

aq = "Yes. The 6 A Fast Charger costs €129"
sq = "The 6 A Fast Charger costs €129 and fills the 625 Wh battery in about 3.5 hours"
cl(P, aq, sq, "6 A", 6, 6, "A", "=", "Fast Charger", "charging current", "other")
cl(P, aq, sq, "€129", 129, 129, "EUR", "=", "Fast Charger", "price", "price")
cl(P, aq, sq, "625 Wh", 625, 625, "Wh", "=", "625 Wh battery", "capacity", "other")
cl(P, aq, sq, "about 3.5 hours", 3.5, 3.5, "hour", "~", "625 Wh battery on the Fast Charger", "full charge time", "duration")

aq = "All PowerPacks run at 36 V"
cl(P, aq, "All PowerPacks run at 36 V", "36 V", 36, 36, "V", "=", "PowerPack", "voltage", "other")
cl(P, aq, "The 625 Wh PowerPack holds about 17.4 Ah, and the 500 Wh PowerPack about 13.9 Ah", "625 Wh", 625, 625, "Wh", "=", "625 Wh PowerPack", "capacity", "other")
cl(P, aq, "The 625 Wh PowerPack holds about 17.4 Ah, and the 500 Wh PowerPack about 13.9 Ah", "about 17.4 Ah", 17.4, 17.4, "Ah", "~", "625 Wh PowerPack", "charge capacity", "other")
cl(P, aq, "The 625 Wh PowerPack holds about 17.4 Ah, and the 500 Wh PowerPack about 13.9 Ah", "500 Wh", 500, 500, "Wh", "=", "500 Wh PowerPack", "capacity", "other")
cl(P, aq, "The 625 Wh PowerPack holds about 17.4 Ah, and the 500 Wh PowerPack about 13.9 Ah", "about 13.9 Ah", 13.9, 13.9, "Ah", "~", "500 Wh PowerPack", "charge capacity", "other")

aq = "Yes. The Dual Battery option adds a second 500 Wh PowerPack"
sq = "The Dual Battery option adds a second 500 Wh PowerPack for €590, so the two packs together give 1,000 Wh and up to 170 km of range in Eco mode"
cl(P, aq, sq, "500 Wh", 500, 500, "Wh", "=", "second PowerPack", "capacity", "other")
cl(P, aq, sq, "€590", 590, 590, "EUR", "=", "Haul C Dual Battery option", "price", "price")
cl(P, aq, sq, "1,000 Wh", 1000, 1000, "Wh", "=", "Haul C with two batteries", "total capacity", "other")
cl(P, aq, sq, "up to 170 km", None, 170, "km", "<=", "Haul C with two batteries in Eco mode", "range", "length")

aq = "The Haul C is our most popular bike on finance"
cl(P, aq, "Spread over 24 monthly instalments at 0%, the €4,990 Haul C costs €197.92 a month", "24 monthly instalments", 24, 24, "month", "=", "Haul C finance", "term", "duration")
cl(P, aq, "Spread over 24 monthly instalments at 0%, the €4,990 Haul C costs €197.92 a month", "0%", 0, 0, "%", "=", "Haul C finance", "interest rate", "percentage")
cl(P, aq, "Spread over 24 monthly instalments at 0%, the €4,990 Haul C costs €197.92 a month", "€4,990", 4990, 4990, "EUR", "=", "Haul C", "price", "price")
cl(P, aq, "Spread over 24 monthly instalments at 0%, the €4,990 Haul C costs €197.92 a month", "€197.92 a month", 197.92, 197.92, "EUR/month", "=", "Haul C on 24-month finance", "monthly instalment", "price")

# dealer notes
aq = "Frames carry a 10-year warranty"
cl(D, aq, "Frames carry a 10-year warranty against cracks and weld failures for the original owner", "10-year", 10, 10, "year", "=", "Pellion frame", "warranty length", "duration")
cl(D, aq, "Paint and decals are covered for 2 years", "2 years", 2, 2, "year", "=", "paint and decals", "warranty length", "duration")

aq = "The Haul C was rated for 180 kg total"
cl(D, aq, "The Haul C was rated for 180 kg total until the 2024 frame update; since then it is approved for 200 kg", "180 kg", None, 180, "kg", "<=", "Haul C before the 2024 frame update", "maximum permitted total weight", "limit")
cl(D, aq, "The Haul C was rated for 180 kg total until the 2024 frame update; since then it is approved for 200 kg", "200 kg", None, 200, "kg", "<=", "Haul C", "maximum permitted total weight", "limit")

aq = "The 2-year battery warranty guarantees"
sq = "The 2-year battery warranty guarantees at least 70% of the original capacity after 800 full charge cycles"
cl(D, aq, sq, "2-year", 2, 2, "year", "=", "battery", "warranty length", "duration")
cl(D, aq, sq, "at least 70%", 70, None, "%", ">=", "battery under warranty", "remaining capacity", "percentage")
cl(D, aq, sq, "800 full charge cycles", 800, 800, "cycles", "=", "battery warranty", "charge cycles", "count")

aq = "Advise customers to store the battery at 30% to 60% charge"
sq = "Advise customers to store the battery at 30% to 60% charge in a dry room at 10 to 20 °C, and to top it up every 3 months"
cl(D, aq, sq, "30% to 60%", 30, 60, "%", "=", "battery in winter storage", "state of charge", "percentage")
cl(D, aq, sq, "10 to 20 °C", 10, 20, "°C", "=", "battery in winter storage", "storage temperature", "other")
cl(D, aq, sq, "every 3 months", 3, 3, "month", "=", "battery in winter storage", "top-up interval", "duration")

# battery care page
aq = "Divide the battery capacity by your consumption"
sq = "At an average consumption of 10 Wh per km, a full 625 Wh battery gives you about 52 km"
cl(B, aq, sq, "10 Wh per km", 10, 10, "Wh/km", "=", "average rider", "energy consumption", "rate")
cl(B, aq, sq, "625 Wh", 625, 625, "Wh", "=", "625 Wh battery", "capacity", "other")
cl(B, aq, sq, "about 52 km", 52, 52, "km", "~", "625 Wh battery at 10 Wh/km", "range", "length")

aq = "A PowerPack keeps at least 70% of its capacity"
cl(B, aq, "A PowerPack keeps at least 70% of its capacity for about 800 full cycles", "at least 70%", 70, None, "%", ">=", "PowerPack", "remaining capacity", "percentage")
cl(B, aq, "A PowerPack keeps at least 70% of its capacity for about 800 full cycles", "about 800 full cycles", 800, 800, "cycles", "~", "PowerPack", "cycle life", "count")
cl(B, aq, "For a commuter who charges three times a week, 800 cycles is roughly 5 years of use", "three times a week", 3, 3, "charges/week", "=", "commuter", "charging frequency", "rate")
cl(B, aq, "For a commuter who charges three times a week, 800 cycles is roughly 5 years of use", "roughly 5 years", 5, 5, "year", "~", "PowerPack for a commuter charging three times a week", "service life", "duration")
cl(B, aq, "For a commuter who charges three times a week, 800 cycles is roughly 5 years of use", "800 cycles", 800, 800, "cycles", "=", "PowerPack", "cycle life", "count")

aq = "No. Airlines limit spare lithium batteries to 160 Wh"
cl(B, aq, "Airlines limit spare lithium batteries to 160 Wh, and even the Pip's 360 Wh pack is more than twice that limit", "160 Wh", None, 160, "Wh", "<=", "spare lithium battery on a plane", "capacity limit", "other")
cl(B, aq, "Airlines limit spare lithium batteries to 160 Wh, and even the Pip's 360 Wh pack is more than twice that limit", "360 Wh", 360, 360, "Wh", "=", "Pip battery", "capacity", "other")
cl(B, aq, "Airlines limit spare lithium batteries to 160 Wh, and even the Pip's 360 Wh pack is more than twice that limit", "more than twice", 2, None, "x", ">", "Pip battery vs airline limit", "ratio", "ratio")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(labels["conflicts"]), "conflicts", len(labels["traps"]), "traps", len(C), "claims")
