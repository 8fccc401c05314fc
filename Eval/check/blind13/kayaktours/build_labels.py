#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the kayaktours domain (Fjordpadle sea kayak tours, Norway)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "quick-answers.txt", "guide-handbook.md", "faq.html", "booking-kb.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The quick answers give the guided-tour kit as kayak, paddle, spray deck and buoyancy aid ('the whole kit list', bring your own dry bag), while the booking desk answers add a waterproof dry bag.",
  "equipment included on a guided tour",
  side(T, "Guided tours include the kayak, paddle, spray deck and buoyancy aid"),
  side(J, "a kayak, paddle, spray deck, buoyancy aid and a waterproof dry bag")),
 ("list", "The guide handbook gives the guiding languages as Norwegian, English and Spanish, while the FAQ page says Norwegian, English and German.",
  "languages tours are guided in",
  side(M, "Guiding languages are Norwegian, English and Spanish"),
  side(H, "Our guides lead tours in Norwegian, English and German")),
 ("list", "The FAQ page names three ways to pay (Visa, Mastercard, Vipps), while the booking desk answers list Visa, Mastercard, American Express and PayPal.",
  "accepted payment methods",
  side(H, "We take three ways to pay: Visa, Mastercard and Vipps"),
  side(J, "Visa, Mastercard and American Express, and you can also check out with PayPal")),
 # polarity
 ("polarity", "The quick answers welcome well-behaved dogs on the Nærøy Classic, while the guide handbook says pets can't come on any tour or rental.",
  "dogs on tours",
  side(T, "Well-behaved dogs are welcome on the Nærøy Classic"),
  side(M, "Pets can't come on any tour or rental")),
 ("polarity", "The FAQ page says guests are collected from hotels in Flåm and Aurland, while the booking desk answers say there is no pick-up service.",
  "hotel pick-up",
  side(H, "We collect guests from hotels in Flåm and Aurland at no extra cost"),
  side(J, "There's no pick-up service, so please make your own way")),
 ("polarity", "The guide handbook says the Classic Plus is open to complete beginners, while the FAQ page requires previous sea kayaking experience for it.",
  "beginners on the Classic Plus",
  side(M, "The Classic Plus is open to complete beginners"),
  side(H, "You'll need to have paddled a sea kayak before to book the Classic Plus")),
 # numeric
 ("numeric", "The quick answers let children join a guided tour from eight (in a double with an adult), while the FAQ page says kids must be at least 12, even in a double with a parent.",
  "minimum age on guided tours",
  side(T, "Children from eight years old can join a guided tour"),
  side(H, "Kids must be at least 12 to come on a guided tour")),
 ("numeric", "The guide handbook caps groups at 8 paddlers per guide, while the booking desk answers let each guide take up to 12 guests.",
  "guests per guide",
  side(M, "We cap guided groups at 8 paddlers per guide"),
  side(J, "Each guide takes up to 12 guests")),
 ("numeric", "The quick answers give a full refund only with 72 hours' notice or more, while the FAQ page allows free cancellation up to 24 hours before departure.",
  "notice needed for a free cancellation of a tour",
  side(T, "72 hours or more before your tour starts, you get your money back"),
  side(H, "Free cancellation up to 24 hours before departure")),
 ("numeric", "The guide handbook rents a single sea kayak for NOK 650 per day, while the booking desk answers give kr 750 for a day's hire of a solo kayak.",
  "day hire price of a single kayak",
  side(M, "A single sea kayak rents for NOK 650 per day"),
  side(J, "Day hire of a solo kayak is kr 750")),
 # arithmetic
 ("arithmetic", "2 x NOK 790 + 2 x NOK 450 = NOK 2,480, not NOK 2,280.",
  "Sunset Paddle price for two adults and two children",
  side(T, "Two adults at NOK 790 and two children at NOK 450"),
  side(T, "come to NOK 2,280 for the Sunset Paddle")),
 ("arithmetic", "10 x NOK 1,650 = NOK 16,500; 15% off gives NOK 14,025, not NOK 13,750.",
  "Classic Plus price for a group of ten",
  side(M, "NOK 1,650 per person and groups of ten or more get 15% off"),
  side(M, "so a group of ten pays NOK 13,750 in total")),
 ("arithmetic", "25% of NOK 4,200 is NOK 1,050, not NOK 1,200.",
  "Glacier Overnight deposit",
  side(J, "The Glacier Overnight is NOK 4,200 per person and we take a 25% deposit"),
  side(J, "so NOK 1,200 is due when you book")),
 # stale
 ("stale", "A 2023 answer prices an adult on the Nærøy Classic at NOK 990, while a 2025 answer gives NOK 1,150.",
  "adult price of the Nærøy Classic",
  side(J, "(2023) The Nærøy Classic costs NOK 990 for adults"),
  side(H, "As of 2025, an adult place on the Nærøy Classic is NOK 1,150")),
 ("stale", "A 2022 note gives the season as 1 May to 30 September, while a 2025 answer gives 15 April to 15 October.",
  "paddling season dates",
  side(M, "(2022) The paddling season runs from 1 May to 30 September"),
  side(J, "Since 2025, we're on the water from 15 April to 15 October")),
 ("stale", "A 2023 answer prices parking at the Gudvangen base at NOK 50 a day, while a 2025 answer gives NOK 80 per day.",
  "parking at the Gudvangen base",
  side(H, "(2023) Parking at the Gudvangen base costs NOK 50 a day"),
  side(T, "As of 2025, parking at the Gudvangen base is NOK 80 per day")),
]

traps = [
 ("Different condition (month): the fjord is around 8 °C in May and about 16 °C by July.",
  side(H, "By July the water has usually warmed to about 16 °C"), side(M, "In May the fjord is only around 8 °C")),
 ("Different size: a double kayak is NOK 950 a day, a single NOK 650.",
  side(T, "A double kayak is NOK 950 for a full day's hire"), side(M, "A single sea kayak rents for NOK 650")),
 ("Different base (region): Balestrand rentals are back by 18:00, Gudvangen rentals by 8 pm.",
  side(J, "Our Balestrand base closes at 18:00, so rentals from there must be back"), side(T, "At Gudvangen, rental kayaks need to be back on the beach by 8 pm")),
 ("Different condition (guided tour vs rental): guided tours are cancelled above 10 m/s, rentals are not handed out above 7 m/s.",
  side(M, "Guided tours are called off when the forecast wind goes above 10 m/s"), side(H, "We don't hand out rental kayaks when the wind is forecast above 7 m/s")),
 ("Similarly named products: the Nærøy Classic is four hours, the Classic Plus seven.",
  side(T, "The Nærøy Classic is a four-hour trip"), side(J, "The Classic Plus is a full day out: seven hours")),
 ("Same value in other units: 25 km is 13.5 nautical miles.",
  side(H, "Over the two days you'll paddle about 25 km"), side(J, "The Glacier Overnight covers roughly 13.5 nautical miles in total")),
 ("Correct computation: 3 x NOK 950 = NOK 2,850.",
  side(H, "Keep a double kayak for three days at NOK 950 per day"), side(H, "the total is NOK 2,850, including overnight storage")),
 ("Correct percentage: 10% off NOK 1,650 is NOK 1,485.",
  side(M, "Students with a valid card get 10% off the Classic Plus"), side(M, "taking it from NOK 1,650 to NOK 1,485")),
 ("The 'about 25 minutes' drive lies inside the 20 to 30 minute range.",
  side(M, "Driving from Flåm to the Gudvangen base takes 20 to 30 minutes"), side(J, "It's about 25 minutes by car from Flåm")),
 ("18 km is a hedged example for a strong group ('For example ... might'), not the usual distance of around 12 km.",
  side(J, "a strong group on the Classic Plus might cover 18 km"), side(T, "On the Classic Plus you'll cover around 12 km")),
 ("NOK 690 is explicitly the Sunset Paddle's price before 2024; NOK 790 is current.",
  side(M, "The Sunset Paddle used to be NOK 690"), side(H, "The Sunset Paddle is NOK 790 per adult")),
 ("'Up to 10 km/h' is the kayaks' top speed with a strong paddler; about 5 km/h is a mixed group's planning pace.",
  side(J, "Our touring kayaks can reach up to 10 km/h"), side(M, "Plan on about 5 km/h for a mixed group")),
 ("The wildlife list is open ('includes ... might see'), so otters on the evening tours are consistent.",
  side(T, "Wildlife you might see includes harbour seals, porpoises and white-tailed sea eagles"), side(H, "Otters are also spotted fairly often on the evening tours")),
 ("The same 50 m swimming rule stated in both directions.",
  side(M, "Every guest must be able to swim at least 50 m"), side(T, "If you can't swim 50 metres, we can't take you out")),
]

DOMAIN = ("Fjordpadle, a fictional sea kayak tour and rental company on the Nærøyfjord and Sognefjord in Norway "
          "(Nærøy Classic, Classic Plus, Sunset Paddle, Glacier Overnight; bases in Gudvangen and Balestrand; NOK): "
          "tour prices, durations and distances, ages, group sizes, kit, languages, payment, pick-up, cancellation, "
          "rental prices and return times, wind and water temperature, season and parking.")
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
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# quick answers (.txt)
aq = "Children from eight years old can join a guided tour"
cl(T, aq, "Children from eight years old can join a guided tour, sitting in a double kayak with a paying adult", "eight years old", 8, None, "year", ">=", "children on guided tours", "minimum age", "limit")
aq = "If you cancel 72 hours or more before your tour starts"
cl(T, aq, "If you cancel 72 hours or more before your tour starts, you get your money back in full", "72 hours or more", 72, None, "hour", ">=", "tour cancellation with a full refund", "notice before the tour", "duration")
aq = "Two adults at NOK 790 and two children at NOK 450"
sq = "Two adults at NOK 790 and two children at NOK 450 come to NOK 2,280 for the Sunset Paddle, booked as one family"
cl(T, aq, sq, "Two adults", 2, 2, "adults", "=", "family booking on the Sunset Paddle", "number of adults", "count")
cl(T, aq, sq, "NOK 790", 790, 790, "NOK", "=", "Sunset Paddle adult place", "price", "price")
cl(T, aq, sq, "two children", 2, 2, "children", "=", "family booking on the Sunset Paddle", "number of children", "count")
cl(T, aq, sq, "NOK 450", 450, 450, "NOK", "=", "Sunset Paddle child place", "price", "price")
cl(T, aq, sq, "NOK 2,280", 2280, 2280, "NOK", "=", "Sunset Paddle for two adults and two children", "total price", "price")
aq = "As of 2025, parking at the Gudvangen base"
cl(T, aq, "As of 2025, parking at the Gudvangen base is NOK 80 per day, payable in the EasyPark app", "NOK 80 per day", 80, 80, "NOK/day", "=", "parking at the Gudvangen base", "daily parking charge", "price")
aq = "A double kayak is NOK 950"
sq = "A double kayak is NOK 950 for a full day's hire, with paddles, spray decks and buoyancy aids for two"
cl(T, aq, sq, "NOK 950", 950, 950, "NOK/day", "=", "double kayak", "day hire price", "price")
cl(T, aq, sq, "for two", 2, 2, "people", "=", "double kayak", "paddlers equipped", "count")
aq = "At Gudvangen, rental kayaks need to be back"
cl(T, aq, "At Gudvangen, rental kayaks need to be back on the beach by 8 pm so the staff can hose them down", "by 8 pm", None, 20, "clock hour", "<=", "rental kayaks at the Gudvangen base", "latest return time", "other")
aq = "The Nærøy Classic is a four-hour trip"
cl(T, aq, "The Nærøy Classic is a four-hour trip with a coffee stop on a beach below the waterfalls", "four-hour", 4, 4, "hour", "=", "Nærøy Classic", "tour length", "duration")
aq = "On the Classic Plus you'll cover around 12 km"
cl(T, aq, "On the Classic Plus you'll cover around 12 km, with lunch at an old farm that's only reachable by water", "around 12 km", 12, 12, "km", "~", "Classic Plus", "distance paddled", "other")
aq = "If you can't swim 50 metres"
cl(T, aq, "If you can't swim 50 metres, we can't take you out on the water, sorry", "50 metres", 50, None, "m", ">=", "guests on the water", "swimming ability required", "limit")
aq = "Gift cards are valid for two years"
cl(T, aq, "Gift cards are valid for two years from the date of purchase and can be used for any tour or rental", "two years", 2, 2, "year", "=", "gift cards", "validity", "duration")

# guide handbook (.md)
aq = "We cap guided groups at 8 paddlers per guide."
cl(M, aq, "We cap guided groups at 8 paddlers per guide", "8 paddlers per guide", None, 8, "guests/guide", "<=", "guided groups", "guests per guide", "limit")
aq = "A single sea kayak rents for NOK 650 per day."
cl(M, aq, "A single sea kayak rents for NOK 650 per day", "NOK 650 per day", 650, 650, "NOK/day", "=", "single kayak", "day hire price", "price")
aq = "The Classic Plus is NOK 1,650 per person"
sq = "The Classic Plus is NOK 1,650 per person and groups of ten or more get 15% off, so a group of ten pays NOK 13,750 in total"
cl(M, aq, sq, "NOK 1,650 per person", 1650, 1650, "NOK", "=", "Classic Plus", "price per person", "price")
cl(M, aq, sq, "ten or more", 10, None, "people", ">=", "group discount", "group size that qualifies", "count")
cl(M, aq, sq, "15% off", 15, 15, "%", "=", "group discount", "discount", "percentage")
cl(M, aq, sq, "a group of ten", 10, 10, "people", "=", "example group on the Classic Plus", "group size", "count")
cl(M, aq, sq, "NOK 13,750", 13750, 13750, "NOK", "=", "group of ten on the Classic Plus", "total price after discount", "price")
aq = "In May the fjord is only around 8 °C"
cl(M, aq, "In May the fjord is only around 8 °C, so capsize drills stay on the beach until June", "around 8 °C", 8, 8, "°C", "~", "fjord water in May", "water temperature", "other")
aq = "Guided tours are called off when the forecast wind"
sq = "Guided tours are called off when the forecast wind goes above 10 m/s"
cl(M, aq, sq, "above 10 m/s", 10, None, "m/s", ">", "guided tours", "forecast wind that cancels the tour", "limit")
cl(M, aq, "The lead guide makes the call at 07:00", "07:00", 7, 7, "clock hour", "=", "guided tour wind decision", "time of the decision", "other")
aq = "Students with a valid card get 10% off the Classic Plus"
sq = "Students with a valid card get 10% off the Classic Plus, taking it from NOK 1,650 to NOK 1,485"
cl(M, aq, sq, "10% off", 10, 10, "%", "=", "student discount on the Classic Plus", "discount", "percentage")
cl(M, aq, sq, "NOK 1,650", 1650, 1650, "NOK", "=", "Classic Plus", "price before discount", "price")
cl(M, aq, sq, "NOK 1,485", 1485, 1485, "NOK", "=", "Classic Plus for students", "price after discount", "price")
aq = "Driving from Flåm to the Gudvangen base takes 20 to 30 minutes"
cl(M, aq, "Driving from Flåm to the Gudvangen base takes 20 to 30 minutes through the tunnels", "20 to 30 minutes", 20, 30, "minute", "=", "drive from Flåm to the Gudvangen base", "travel time", "duration")
aq = "The Sunset Paddle used to be NOK 690"
cl(M, aq, "The Sunset Paddle used to be NOK 690 before we added the fish soup stop in 2024", "NOK 690", 690, 690, "NOK", "=", "Sunset Paddle before 2024", "price", "price")
aq = "Plan on about 5 km/h for a mixed group"
cl(M, aq, "Plan on about 5 km/h for a mixed group, slower with a headwind or lots of photo stops", "about 5 km/h", 5, 5, "km/h", "~", "mixed group of paddlers", "paddling speed", "other")
aq = "Every guest must be able to swim at least 50 m."
cl(M, aq, "Every guest must be able to swim at least 50 m", "at least 50 m", 50, None, "m", ">=", "guests on the water", "swimming ability required", "limit")

# FAQ page (.html)
aq = "We take three ways to pay"
cl(H, aq, "We take three ways to pay: Visa, Mastercard and Vipps", "three ways to pay", 3, 3, "methods", "=", "payment", "number of payment methods", "count")
aq = "Yes. We collect guests from hotels"
cl(H, aq, "The minibus leaves 45 minutes before the tour starts", "45 minutes", 45, 45, "minute", "=", "hotel pick-up minibus", "departure before the tour", "duration")
aq = "Kids must be at least 12"
cl(H, aq, "Kids must be at least 12 to come on a guided tour, even in a double with a parent", "at least 12", 12, None, "year", ">=", "children on guided tours", "minimum age", "limit")
aq = "Free cancellation up to 24 hours before departure."
cl(H, aq, "Free cancellation up to 24 hours before departure", "up to 24 hours before departure", 24, None, "hour", ">=", "free tour cancellation", "notice before the tour", "duration")
aq = "As of 2025, an adult place on the Nærøy Classic"
cl(H, aq, "As of 2025, an adult place on the Nærøy Classic is NOK 1,150, with the guide and all the paddling equipment included", "NOK 1,150", 1150, 1150, "NOK", "=", "Nærøy Classic adult place", "price", "price")
aq = "(2023) Parking at the Gudvangen base costs NOK 50 a day."
cl(H, aq, "(2023) Parking at the Gudvangen base costs NOK 50 a day", "NOK 50 a day", 50, 50, "NOK/day", "=", "parking at the Gudvangen base", "daily parking charge", "price")
aq = "By July the water has usually warmed"
cl(H, aq, "By July the water has usually warmed to about 16 °C, which is pleasant for a quick swim from the beach", "about 16 °C", 16, 16, "°C", "~", "fjord water in July", "water temperature", "other")
aq = "We don't hand out rental kayaks"
cl(H, aq, "We don't hand out rental kayaks when the wind is forecast above 7 m/s, even if the fjord looks calm at the jetty", "above 7 m/s", 7, None, "m/s", ">", "kayak rental", "forecast wind that stops rentals", "limit")
aq = "Over the two days you'll paddle about 25 km"
sq = "Over the two days you'll paddle about 25 km, camping on a grassy point halfway along the fjord"
cl(H, aq, sq, "two days", 2, 2, "day", "=", "Glacier Overnight", "trip length", "duration")
cl(H, aq, sq, "about 25 km", 25, 25, "km", "~", "Glacier Overnight", "distance paddled", "other")
aq = "Yes. Keep a double kayak for three days"
sq = "Keep a double kayak for three days at NOK 950 per day and the total is NOK 2,850, including overnight storage at our boathouse"
cl(H, aq, sq, "three days", 3, 3, "day", "=", "example double kayak rental", "rental length", "duration")
cl(H, aq, sq, "NOK 950 per day", 950, 950, "NOK/day", "=", "double kayak", "day hire price", "price")
cl(H, aq, sq, "NOK 2,850", 2850, 2850, "NOK", "=", "three-day double kayak rental", "total price", "price")
aq = "The Sunset Paddle is NOK 790 per adult"
cl(H, aq, "The Sunset Paddle is NOK 790 per adult, with fish soup and bread on a beach at the halfway point", "NOK 790 per adult", 790, 790, "NOK", "=", "Sunset Paddle adult place", "price", "price")

# booking desk answers (.json)
aq = "Each guide takes up to 12 guests"
cl(J, aq, "Each guide takes up to 12 guests, so bigger parties are split across two guides", "up to 12 guests", None, 12, "guests/guide", "<=", "guided groups", "guests per guide", "limit")
aq = "Day hire of a solo kayak is kr 750"
cl(J, aq, "Day hire of a solo kayak is kr 750, spray skirt and life jacket included", "kr 750", 750, 750, "NOK/day", "=", "single kayak", "day hire price", "price")
aq = "No. The Glacier Overnight is NOK 4,200 per person"
sq = "The Glacier Overnight is NOK 4,200 per person and we take a 25% deposit, so NOK 1,200 is due when you book"
cl(J, aq, sq, "NOK 4,200 per person", 4200, 4200, "NOK", "=", "Glacier Overnight", "price per person", "price")
cl(J, aq, sq, "25% deposit", 25, 25, "%", "=", "Glacier Overnight booking", "deposit share", "percentage")
cl(J, aq, sq, "NOK 1,200", 1200, 1200, "NOK", "=", "Glacier Overnight booking", "deposit amount", "price")
cl(J, aq, "The rest is charged 30 days before departure", "30 days before departure", 30, 30, "day", "=", "Glacier Overnight balance", "time before departure it is charged", "duration")
aq = "(2023) The Nærøy Classic costs NOK 990 for adults"
cl(J, aq, "(2023) The Nærøy Classic costs NOK 990 for adults, guide and equipment included", "NOK 990", 990, 990, "NOK", "=", "Nærøy Classic adult place", "price", "price")
aq = "Our Balestrand base closes at 18:00"
cl(J, aq, "Our Balestrand base closes at 18:00, so rentals from there must be back by then", "18:00", None, 18, "clock hour", "<=", "rental kayaks at the Balestrand base", "latest return time", "other")
aq = "The Classic Plus is a full day out"
cl(J, aq, "The Classic Plus is a full day out: seven hours on and off the water, including a long lunch stop", "seven hours", 7, 7, "hour", "=", "Classic Plus", "tour length", "duration")
aq = "The Glacier Overnight covers roughly 13.5 nautical miles"
sq = "The Glacier Overnight covers roughly 13.5 nautical miles in total, split over two days"
cl(J, aq, sq, "roughly 13.5 nautical miles", 13.5, 13.5, "nmi", "~", "Glacier Overnight", "distance paddled", "other")
cl(J, aq, sq, "two days", 2, 2, "day", "=", "Glacier Overnight", "trip length", "duration")
aq = "It's about 25 minutes by car from Flåm"
cl(J, aq, "It's about 25 minutes by car from Flåm, and there's parking right next to the boathouse", "about 25 minutes", 25, 25, "minute", "~", "drive from Flåm to the Gudvangen base", "travel time", "duration")
aq = "Distance depends on the group and the weather."
cl(J, aq, "For example, a strong group on the Classic Plus might cover 18 km if the wind is kind", "18 km", 18, 18, "km", "=", "strong group on the Classic Plus", "distance paddled", "other", True)
aq = "Our touring kayaks can reach up to 10 km/h"
cl(J, aq, "Our touring kayaks can reach up to 10 km/h with a strong paddler, but guided groups go at a gentler pace", "up to 10 km/h", None, 10, "km/h", "<=", "touring kayak", "top speed", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
