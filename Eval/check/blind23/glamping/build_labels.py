#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the glamping domain (Hazelgill Glamping)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, B, E = "booking-inbox-replies.txt", "site-team-notes.md", "shop-staying-with-us.html", "spring-newsletter.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The booking inbox replies say bell tents come with bedding, towels, a wood burner and a gas hob, while the site team notes say canvas tents have bed linen, a log burner and a gas hob but no towels.",
  "what is supplied in a bell tent", side(T, "Bell tents are kitted out with bedding, towels, a wood burner and a gas hob"), side(M, "Canvas tents have bed linen, a log burner and a gas hob, but no towels")),
 ("list", "The shop page lets short breaks start on a Monday, Friday or Saturday, while the newsletter takes check-ins on Mondays and Fridays only.",
  "arrival days", side(B, "Short breaks can start on a Monday, Friday or Saturday"), side(E, "We only take check-ins on Mondays and Fridays")),
 ("list", "The newsletter says every hamper comes packed with bacon, eggs, sourdough, butter and orange juice, while the booking inbox replies say the morning hamper holds bacon, eggs, bread and butter but no juice.",
  "contents of the breakfast hamper", side(E, "Every hamper comes packed with dry-cured bacon, free-range eggs, sourdough, butter and orange juice"), side(T, "The morning hamper holds bacon, eggs, bread and butter, but no juice")),
 # polarity
 ("polarity", "The booking inbox replies let dogs stay in any shepherd's hut, while the newsletter says pets aren't permitted in the shepherd's huts.",
  "dogs in the shepherd's huts", side(T, "Dogs may stay with you in any of our shepherd's huts"), side(E, "pets aren't permitted in the shepherd's huts")),
 ("polarity", "The site team notes let guests light a campfire in the fire pit outside their tent, while the shop page says open fires aren't allowed anywhere on the meadow.",
  "campfires on site", side(M, "Guests can light a campfire in the steel fire pit"), side(B, "Open fires aren't allowed anywhere on the meadow")),
 ("polarity", "The newsletter welcomes children in the hot tubs with an adult, while the site team notes say under-16s can't use the hot tubs at all.",
  "children in the hot tubs", side(E, "Children are welcome in the hot tubs as long as an adult"), side(M, "Under-16s can't use the hot tubs, whoever is with them")),
 # numeric
 ("numeric", "The shop page sets a two-night minimum for weekend bookings, while the booking inbox replies set three nights.",
  "minimum stay at weekends", side(B, "A weekend booking has to cover at least two nights"), side(T, "Weekend stays are three nights minimum")),
 ("numeric", "The site team notes keep the hot tubs at 38°C, while the newsletter says a guest's hot tub is heated to 40°C.",
  "hot tub water temperature", side(M, "The hot tubs are kept at 38°C"), side(E, "Your hot tub will be heated to 40°C before you arrive")),
 ("numeric", "The booking inbox replies refund everything but the deposit for cancellations more than 28 days before arrival, while the shop page needs at least six weeks' notice for that refund.",
  "notice needed for a full refund (less the deposit)", side(T, "If you cancel more than 28 days before arrival, we refund everything"), side(B, "Full refunds, minus the deposit, need at least six weeks' notice")),
 ("numeric", "The newsletter says the safari lodge sleeps six, while the site team notes put its capacity at eight people.",
  "safari lodge capacity", side(E, "The safari lodge sleeps six"), side(M, "Lodge capacity is eight people, counting children and babies")),
 # arithmetic
 ("arithmetic", "4 nets x £7 is £28, not £32.",
  "cost of four nets of firewood", side(B, "Firewood for the wood burner is £7 a net"), side(B, "four nets come to £32, enough for a long weekend")),
 ("arithmetic", "15% off £360 is £306, not £316.",
  "returning-guest price of a £360 stay", side(E, "Anyone who has stayed before gets 15% off their next booking"), side(E, "on a £360 stay that makes it £316")),
 ("arithmetic", "4 people x £12.50 is £50, not £55.",
  "breakfast hampers for a family of four", side(M, "Hampers are £12.50 per person"), side(M, "so a family of four pays £55")),
 # stale
 ("stale", "A 2023 note prices a bell tent at £95 a night, while a 2025 answer prices bell tents at £110 a night.",
  "nightly price of a bell tent", side(M, "(2023) A night in a bell tent is £95"), side(B, "Since 2025, bell tents have been priced at £110 a night")),
 ("stale", "A 2022 reply counts three shepherd's huts, while a 2025 answer counts five.",
  "number of shepherd's huts", side(T, "(2022) We have three shepherd's huts"), side(E, "As of 2025, five shepherd's huts stand along the beck")),
 ("stale", "A 2023 note charges 35p per kWh for electric car charging, while a 2025 answer gives £0.45 per kWh at the charge point.",
  "EV charging price per kWh", side(M, "(2023) Charging an electric car here costs 35p per kWh"), side(B, "As of 2025, the charge point by the barn costs £0.45 per kWh")),
]

traps = [
 ("Different nights of the week: shepherd's huts are £120 a night Sunday to Thursday and £145 on Friday and Saturday nights.",
  side(T, "Sunday to Thursday nights in a shepherd's hut are £120"), side(B, "Friday and Saturday nights in the huts cost £145")),
 ("Different season: the safari lodge is £210 a night in July and August and £165 a night outside the summer holidays.",
  side(E, "In July and August the safari lodge is £210 a night"), side(M, "Outside the summer holidays the lodge is £165 a night")),
 ("Different guest type: adults pay £18 for the night walk, children aged 5 to 15 pay £9.",
  side(B, "Adults pay £18 each for the guided night walk"), side(E, "Children aged 5 to 15 pay £9 for the night walk")),
 ("Different station: pickups from Garsdale are £10 each way, from Kendal £35 each way.",
  side(M, "Pickups from Garsdale station are £10 each way"), side(T, "We can collect you from Kendal station for £35 each way")),
 ("Similarly named products: the Stargazing Pack Plus is £32, the Stargazing Pack £15.",
  side(E, "The Stargazing Pack Plus is £32"), side(B, "A Stargazing Pack costs £15")),
 ("Same value in other units: half a mile is about 800 metres (805 m).",
  side(T, "The Drovers Arms is half a mile down the lane"), side(M, "the Drovers Arms, a walk of about 800 metres")),
 ("Correct computation: four nights at £5 are £20.",
  side(T, "Electric blankets are £5 a night"), side(T, "so for a four-night break you'd pay £20")),
 ("Correct percentage: 10% off £250 is £225.",
  side(B, "NHS staff get 10% off any stay"), side(B, "so a £250 break comes to £225")),
 ("A range containing the other value: 40 to 60 minutes contains about 50 minutes.",
  side(M, "The walk to Hardraw Force takes 40 to 60 minutes"), side(E, "Hardraw Force is about 50 minutes away on foot")),
 ("A hedged example (a big family staying seven nights might spend £300 on extras) vs the typical guest (around £60 a stay).",
  side(T, "For example, a big family staying seven nights might spend £300 on extras"), side(B, "Most guests spend around £60 on extras during a stay")),
 ("An old value marked as old: dogs were charged £10 a stay before 2024; the fee is £15 per dog now.",
  side(E, "Dogs were charged £10 a stay before 2024"), side(B, "We charge £15 per dog for each stay")),
 ("'Up to' vs a typical value: the Wi-Fi runs at up to 50 Mbps and usually gives around 20 Mbps.",
  side(M, "Site Wi-Fi runs at up to 50 Mbps"), side(T, "The Wi-Fi usually gives around 20 Mbps")),
 ("An open list ('activities such as walking, cycling, fishing and caving') with an extra item (pony trekking).",
  side(T, "activities such as walking, cycling, fishing and caving"), side(B, "We can also book pony trekking at a stables")),
 ("The same rule in both directions: under-18s can't book in their own name / the lead guest must be 18 or over.",
  side(E, "Under-18s can't make a booking in their own name"), side(M, "The lead guest on every booking must be 18 or over")),
]

labels = {"domain": "Hazelgill Glamping, a fictional glamping site on a farm near Hawes in Wensleydale, North Yorkshire, UK (prices in British pounds, written £110; an online shop for vouchers and extras): bell tents, shepherd's huts with hot tubs, the safari lodge, arrival days and minimum stays, cancellations, discounts, dogs, campfires and firewood, breakfast hampers, Stargazing Pack and Stargazing Pack Plus, night walks, station pickups, EV charging, Wi-Fi, walks, the nearest pub, gift vouchers and booking age.",
          "conflicts": [], "traps": []}
for n, (kind, what, subject, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{n}", "kind": kind, "what": what, "subject": subject, "sides": [a, b]})
for n, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{n}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# booking inbox replies (8 answers)
aq = "If you cancel more than 28 days before arrival"
sq = "If you cancel more than 28 days before arrival, we refund everything except the £50 deposit"
cl(T, aq, sq, "more than 28 days", 28, None, "day", ">", "cancellation", "notice for a refund less the deposit", "duration")
cl(T, aq, sq, "£50", 50, 50, "GBP", "=", "booking", "deposit", "price")
aq = "Sunday to Thursday nights in a shepherd's hut"
cl(T, aq, "Sunday to Thursday nights in a shepherd's hut are £120 each, and that includes the hot tub", "£120", 120, 120, "GBP/night", "=", "shepherd's hut, Sunday to Thursday night", "nightly price", "price")
aq = "Weekend stays are three nights minimum"
cl(T, aq, "Weekend stays are three nights minimum, so plan on heading home on the Monday morning", "three nights minimum", 3, None, "night", ">=", "weekend stay", "length of stay", "duration")
aq = "Electric blankets are £5 a night"
sq = "Electric blankets are £5 a night, so for a four-night break you'd pay £20"
cl(T, aq, sq, "£5 a night", 5, 5, "GBP/night", "=", "electric blanket", "hire price", "price")
cl(T, aq, sq, "four-night", 4, 4, "night", "=", "example break", "length of stay", "duration")
cl(T, aq, sq, "£20", 20, 20, "GBP", "=", "electric blanket for a four-night break", "total price", "price")
aq = "(2022) We have three shepherd's huts"
cl(T, aq, "(2022) We have three shepherd's huts, each with its own hot tub on the deck", "three shepherd's huts", 3, 3, "huts", "=", "Hazelgill site", "shepherd's huts", "count")
aq = "The Drovers Arms is half a mile down the lane"
cl(T, aq, "The Drovers Arms is half a mile down the lane and serves food until 9pm", "half a mile", 0.5, 0.5, "mile", "=", "the Drovers Arms", "distance from the site", "other")
aq = "We can collect you from Kendal station"
cl(T, aq, "We can collect you from Kendal station for £35 each way; the drive takes about an hour", "£35 each way", 35, 35, "GBP", "=", "pickup from Kendal station", "price per journey", "price")
cl(T, aq, "the drive takes about an hour", "about an hour", 1, 1, "hour", "~", "drive from Kendal station", "journey time", "duration")
aq = "Extras add up differently for everyone."
sq = "For example, a big family staying seven nights might spend £300 on extras"
cl(T, aq, sq, "seven nights", 7, 7, "night", "=", "example family stay", "length of stay", "duration", True)
cl(T, aq, sq, "£300", 300, 300, "GBP", "=", "extras for a big family over seven nights", "spend on extras", "price", True)

# site team notes (10 answers)
aq = "Pickups from Garsdale station are £10 each way."
cl(M, aq, "Pickups from Garsdale station are £10 each way", "£10 each way", 10, 10, "GBP", "=", "pickup from Garsdale station", "price per journey", "price")
aq = "(2023) A night in a bell tent is £95"
cl(M, aq, "(2023) A night in a bell tent is £95, with the first bag of logs included", "£95", 95, 95, "GBP/night", "=", "bell tent", "nightly price", "price")
aq = "Under-16s can't use the hot tubs"
cl(M, aq, "Under-16s can't use the hot tubs, whoever is with them", "Under-16s", 16, None, "year", ">=", "hot tub user", "minimum age", "limit")
aq = "Nearest pub: the Drovers Arms"
cl(M, aq, "Nearest pub: the Drovers Arms, a walk of about 800 metres along the lane", "about 800 metres", 800, 800, "m", "~", "the Drovers Arms", "distance from the site", "other")
aq = "The hot tubs are kept at 38°C."
cl(M, aq, "The hot tubs are kept at 38°C", "38°C", 38, 38, "degC", "=", "hot tub", "water temperature", "other")
aq = "Hampers are £12.50 per person"
sq = "Hampers are £12.50 per person, so a family of four pays £55"
cl(M, aq, sq, "£12.50 per person", 12.5, 12.5, "GBP", "=", "breakfast hamper", "price per person", "price")
cl(M, aq, sq, "four", 4, 4, "people", "=", "example family", "people", "count")
cl(M, aq, sq, "£55", 55, 55, "GBP", "=", "breakfast hampers for a family of four", "total price", "price")
aq = "Lodge capacity is eight people"
cl(M, aq, "Lodge capacity is eight people, counting children and babies", "eight people", 8, 8, "people", "=", "safari lodge", "capacity", "count")
aq = "The walk to Hardraw Force takes 40 to 60 minutes"
cl(M, aq, "The walk to Hardraw Force takes 40 to 60 minutes each way, mostly on field paths", "40 to 60 minutes", 40, 60, "minute", "=", "walk to Hardraw Force", "walking time", "duration")
aq = "Outside the summer holidays the lodge is £165 a night."
cl(M, aq, "Outside the summer holidays the lodge is £165 a night", "£165 a night", 165, 165, "GBP/night", "=", "safari lodge outside the summer holidays", "nightly price", "price")
aq = "The lead guest on every booking must be 18 or over"
cl(M, aq, "The lead guest on every booking must be 18 or over, and has to stay for the whole booking", "18 or over", 18, None, "year", ">=", "lead guest", "minimum age to book", "limit")

# shop page, BigCommerce Cornerstone (10 answers)
aq = "A weekend booking has to cover at least two nights."
cl(B, aq, "A weekend booking has to cover at least two nights", "at least two nights", 2, None, "night", ">=", "weekend stay", "length of stay", "duration")
aq = "Since 2025, bell tents have been priced at £110"
sq = "Since 2025, bell tents have been priced at £110 a night for up to four people"
cl(B, aq, sq, "£110 a night", 110, 110, "GBP/night", "=", "bell tent", "nightly price", "price")
cl(B, aq, sq, "up to four people", None, 4, "people", "<=", "bell tent", "guests", "limit")
aq = "Yes. Friday and Saturday nights in the huts cost £145"
cl(B, aq, "Friday and Saturday nights in the huts cost £145, hot tub included", "£145", 145, 145, "GBP/night", "=", "shepherd's hut, Friday or Saturday night", "nightly price", "price")
aq = "Full refunds, minus the deposit, need at least six weeks"
cl(B, aq, "Full refunds, minus the deposit, need at least six weeks' notice", "at least six weeks", 6, None, "week", ">=", "cancellation", "notice for a refund less the deposit", "duration")
aq = "NHS staff get 10% off any stay"
sq = "NHS staff get 10% off any stay, so a £250 break comes to £225"
cl(B, aq, sq, "10% off", 10, 10, "%", "=", "NHS staff", "discount", "percentage")
cl(B, aq, sq, "£250", 250, 250, "GBP", "=", "example break", "full price", "price")
cl(B, aq, sq, "£225", 225, 225, "GBP", "=", "example break with NHS discount", "discounted price", "price")
aq = "Yes. As of 2025, the charge point by the barn"
cl(B, aq, "As of 2025, the charge point by the barn costs £0.45 per kWh, paid through the app on the charger", "£0.45 per kWh", 0.45, 0.45, "GBP/kWh", "=", "EV charge point", "charging price", "price")
aq = "We charge £15 per dog for each stay"
sq = "We charge £15 per dog for each stay, and two dogs is the most we can take on one booking"
cl(B, aq, sq, "£15 per dog", 15, 15, "GBP", "=", "dog", "fee per stay", "price")
cl(B, aq, sq, "two dogs", None, 2, "dogs", "<=", "booking", "dogs allowed", "limit")
aq = "Adults pay £18 each for the guided night walk"
sq = "Adults pay £18 each for the guided night walk, which runs on Tuesdays and lasts two hours"
cl(B, aq, sq, "£18 each", 18, 18, "GBP", "=", "guided night walk, adult", "price per person", "price")
cl(B, aq, sq, "two hours", 2, 2, "hour", "=", "guided night walk", "length", "duration")
aq = "Firewood for the wood burner is £7 a net"
sq = "Firewood for the wood burner is £7 a net, and four nets come to £32, enough for a long weekend"
cl(B, aq, sq, "£7 a net", 7, 7, "GBP", "=", "firewood", "price per net", "price")
cl(B, aq, sq, "four nets", 4, 4, "nets", "=", "example firewood order", "nets", "count")
cl(B, aq, sq, "£32", 32, 32, "GBP", "=", "four nets of firewood", "total price", "price")
aq = "Most guests spend around £60 on extras"
cl(B, aq, "Most guests spend around £60 on extras during a stay, mostly on logs and hampers", "around £60", 60, 60, "GBP", "~", "typical guest", "spend on extras per stay", "price")

# newsletter, Mailchimp (9 answers)
aq = "Yes. Your hot tub will be heated to 40°C"
cl(E, aq, "Your hot tub will be heated to 40°C before you arrive, and the cover keeps it warm overnight", "40°C", 40, 40, "degC", "=", "hot tub", "water temperature", "other")
aq = "The safari lodge sleeps six"
sq = "The safari lodge sleeps six, in a double room and two bunk rooms"
cl(E, aq, sq, "sleeps six", 6, 6, "people", "=", "safari lodge", "capacity", "count")
cl(E, aq, sq, "two bunk rooms", 2, 2, "rooms", "=", "safari lodge", "bunk rooms", "count")
aq = "In July and August the safari lodge is £210"
cl(E, aq, "In July and August the safari lodge is £210 a night, and it books up by March", "£210 a night", 210, 210, "GBP/night", "=", "safari lodge in July and August", "nightly price", "price")
aq = "As of 2025, five shepherd's huts"
sq = "As of 2025, five shepherd's huts stand along the beck, and the two new ones look straight up at the fell"
cl(E, aq, sq, "five shepherd's huts", 5, 5, "huts", "=", "Hazelgill site", "shepherd's huts", "count")
cl(E, aq, sq, "the two new ones", 2, 2, "huts", "=", "Hazelgill site", "new shepherd's huts", "count")
aq = "Welcome back! Anyone who has stayed before"
sq = "Anyone who has stayed before gets 15% off their next booking; on a £360 stay that makes it £316"
cl(E, aq, sq, "15% off", 15, 15, "%", "=", "returning guests", "discount", "percentage")
cl(E, aq, sq, "£360", 360, 360, "GBP", "=", "example stay", "full price", "price")
cl(E, aq, sq, "£316", 316, 316, "GBP", "=", "example stay with returning-guest discount", "discounted price", "price")
aq = "Yes. Children aged 5 to 15 pay £9"
sq = "Children aged 5 to 15 pay £9 for the night walk, and they walk with a paying adult"
cl(E, aq, sq, "aged 5 to 15", 5, 15, "year", "=", "child on the night walk", "age band", "limit")
cl(E, aq, sq, "£9", 9, 9, "GBP", "=", "guided night walk, child", "price per person", "price")
aq = "Hardraw Force is about 50 minutes away on foot"
cl(E, aq, "Hardraw Force is about 50 minutes away on foot, and there's a tea room at the end", "about 50 minutes", 50, 50, "minute", "~", "walk to Hardraw Force", "walking time", "duration")
aq = "Dogs were charged £10 a stay before 2024"
cl(E, aq, "Dogs were charged £10 a stay before 2024, when we started leaving a bed and a bag of treats in the tent", "£10 a stay", 10, 10, "GBP", "=", "dog (old fee)", "fee per stay", "price")
aq = "Under-18s can't make a booking"
cl(E, aq, "Under-18s can't make a booking in their own name, but they're very welcome to come with a grown-up", "Under-18s", 18, None, "year", ">=", "lead guest", "minimum age to book", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
