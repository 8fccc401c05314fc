#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the skiresort domain (Hochalm Ski Arena)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, O = "guest-answers.txt", "ticket-office-notes.md", "plan-your-visit.html", "winter-faq-2020.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The visit page says the rental package includes a helmet along with skis, boots and poles, while the 2020 FAQ says rental sets are skis, boots and poles and helmets are hired separately.",
  "items included in a ski rental package", side(H, "Our rental package includes skis, boots, poles and a helmet"), side(O, "Rental sets are made up of skis, boots and poles")),
 ("list", "The guest answers take cash, cards and Apple Pay at the ticket windows, while the office notes say the windows accept debit and credit cards only.",
  "payment methods at the ticket windows", side(T, "At the ticket windows you can pay in cash, by card or with Apple Pay"), side(M, "The ticket windows accept debit and credit cards only")),
 ("list", "The office notes say instructors teach in German and English only, while the visit page offers lessons in German, English and Dutch.",
  "languages ski school lessons are taught in", side(M, "Our instructors teach in German and English only"), side(H, "We run lessons in German, English and Dutch")),
 # polarity
 ("polarity", "The guest answers welcome dogs on a lead on the Almbahn gondola, while the 2020 FAQ says pets aren't allowed on any lift, the gondola included.",
  "dogs on the Almbahn gondola", side(T, "Dogs on a lead are welcome on the Almbahn gondola"), side(O, "Pets aren't allowed on any of our lifts, the gondola included")),
 ("polarity", "The visit page refunds unused days of a multi-day pass after an injury with a doctor's note, while the office notes say unused days are never refunded, even with a medical certificate.",
  "refund of unused multi-day pass days after an injury", side(H, "we refund the unused days of your multi-day pass when you show a doctor's note"), side(M, "Unused days on a multi-day pass are never refunded")),
 ("polarity", "The 2020 FAQ says a season pass can be lent to a family member at the same address, while the guest answers say it is strictly personal and nobody else may use it.",
  "lending a season pass to someone else", side(O, "Season passes can be lent to a family member who lives at the same address"), side(T, "Your season pass is strictly personal: nobody else may use it")),
 # numeric
 ("numeric", "The guest answers let children under 6 ski free, while the visit page gives a free lift pass to kids younger than 8.",
  "age below which children get a free lift pass", side(T, "Children under 6 ski for free"), side(H, "Kids younger than 8 get their lift pass free of charge")),
 ("numeric", "The visit page gives 112 km of marked pistes, while the office notes say the slopes add up to 96 km.",
  "total length of pistes", side(H, "There are 112 km of marked pistes"), side(M, "Our slopes add up to 96 km")),
 ("numeric", "The office notes cap group lessons at 8 pupils, while the 2020 FAQ allows up to 10 children per ski school class.",
  "maximum ski school group size", side(M, "Group lessons are capped at 8 pupils"), side(O, "Ski school classes have no more than 10 children")),
 ("numeric", "The 2020 FAQ puts the top station of the Gipfel chairlift at 2,450 m, while the guest answers say the highest lift station stands at 2,380 metres.",
  "elevation of the highest lift station", side(O, "The top station of the Gipfel chairlift sits at 2,450 m"), side(T, "Our highest lift station stands at 2,380 metres")),
 # arithmetic
 ("arithmetic", "€312 over 6 days is €52 a day, not €48.",
  "daily cost of a 6-day adult pass", side(O, "A 6-day adult pass is €312"), side(O, "which works out at just €48 a day")),
 ("arithmetic", "2 x €42 + 2 x €24 is €132, not €122.",
  "daily rental cost for two adults and two juniors", side(M, "Two adult packages at €42 and two junior sets at €24"), side(M, "come to €122 a day for a family of four")),
 ("arithmetic", "10% off €280 is €252, not €242.",
  "online price of a €280 5-day pass with 10% off", side(T, "A €280 5-day pass bought online at least 3 days ahead gets 10% off"), side(T, "which brings it down to €242")),
 # stale
 ("stale", "A 2020 answer prices the adult day pass at €54, while a 2025 answer gives €64.",
  "adult day pass price", side(O, "(2020) An adult day pass is €54"), side(H, "As of 2025, an adult day ticket costs €64")),
 ("stale", "A 2021 note gives €8 a day for valley station parking, while a 2024 answer gives €12.",
  "daily parking charge at the valley station", side(M, "(2021) Parking at the valley station costs €8 a day"), side(T, "Since 2024, a day's parking at the base station is €12")),
 ("stale", "A 2022 note gives a €3 KeyCard deposit, while a 2025 answer gives €5.",
  "KeyCard deposit", side(M, "(2022) Each KeyCard carries a €3 deposit"), side(H, "As of 2025, the deposit for a KeyCard is €5")),
]

traps = [
 ("Different tier: the evening sledging ticket is €18 for adults and €10 for children.",
  side(M, "An evening sledging ticket is €18 for adults"), side(O, "Children pay €10 for night sledging")),
 ("Different region: the ski bus runs every 15 minutes in the village and every 40 minutes out to Sankt Jakob.",
  side(H, "In the village the ski bus comes every 15 minutes during the day"), side(T, "Buses to Sankt Jakob run every 40 minutes")),
 ("Different size: a standard ski locker is €4 a day, a large family locker €7 a day.",
  side(T, "A standard ski locker at the valley station is €4 a day"), side(M, "Large family lockers cost €7 a day")),
 ("Different condition: a private lesson is €95 an hour on weekdays and €110 an hour at weekends and in school holidays.",
  side(H, "A private lesson costs €95 for one hour on weekdays"), side(O, "At weekends and in school holidays, private lessons are €110 per hour")),
 ("Similarly named products: the Hochalm Season Pass is €690, Season Pass Plus (with the partner resorts) €840.",
  side(M, "The Hochalm Season Pass costs €690"), side(H, "Season Pass Plus is €840 and adds the three partner resorts")),
 ("Same value in other units: 3,500 metres is 3.5 km.",
  side(T, "Our floodlit toboggan track is 3,500 metres long"), side(O, "The sledging run is 3.5 km long")),
 ("Correct computation: €35 / 10 rides = €3.50 a ride.",
  side(M, "A 10-ride card for the village sledge lift is €35"), side(M, "which works out at €3.50 a ride")),
 ("Correct percentage: 20% off €180 is €144.",
  side(T, "Seniors aged 65 and over get 20% off"), side(T, "so a €180 3-day pass costs them €144")),
 ("The typical 13 minutes lies inside the 12 to 15 minute range.",
  side(M, "The ride on the Almbahn gondola takes 12 to 15 minutes"), side(H, "gets you from the village to the mid-station in about 13 minutes")),
 ("25 minutes is a hedged busy-Saturday example ('For example ... might'), not the usual queue of under 5 minutes.",
  side(H, "on a busy Saturday the queue at the Almbahn might reach 25 minutes"), side(O, "Queues at the Almbahn gondola are usually under 5 minutes")),
 ("The 1,800 an hour capacity is explicitly the pre-2022 value; up to 2,800 an hour is current.",
  side(M, "The Gipfel chairlift used to carry 1,800 skiers an hour before the 2022 upgrade"), side(T, "the Gipfel chairlift now moves up to 2,800 people an hour")),
 ("'Up to 45 minutes' is the Saturday-morning maximum wait at the rental shop; fitting usually takes around 15 minutes.",
  side(O, "On Saturday mornings the wait at the rental shop can be up to 45 minutes"), side(H, "Fitting usually takes around 15 minutes per person")),
 ("The terrain park list is open ('including'), so a half-pipe is consistent.",
  side(T, "The terrain park has features including rails, boxes and kickers"), side(M, "There's also a half-pipe in the park")),
 ("The same 24-hour lesson cancellation rule stated in both directions.",
  side(H, "Cancel a lesson at least 24 hours ahead and you'll get a full refund"), side(O, "Lesson cancellations made less than 24 hours before the start aren't refunded")),
]

DOMAIN = ("Hochalm Ski Arena, a fictional ski area in Tyrol, Austria (prices in euros): lift pass prices and deposits, "
          "free passes for children, season passes, refunds, payment at the ticket windows, pistes and lifts, the "
          "gondola and chairlifts, ski bus, parking, lockers, sledging, ski school and private lessons, rental and queues.")
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

# guest answers (9 answers)
aq = "Children under 6 ski for free"
cl(T, aq, "Children under 6 ski for free, but they still need their own KeyCard, so bring ID showing their date of birth", "under 6", None, 6, "year", "<", "children's free lift pass", "age limit", "limit")
aq = "Our highest lift station stands at 2,380 metres"
cl(T, aq, "Our highest lift station stands at 2,380 metres, and on a clear day you can see across to the neighbouring glaciers", "2,380 metres", 2380, 2380, "m", "=", "highest lift station", "elevation", "other")
aq = "A €280 5-day pass bought online"
sq = "A €280 5-day pass bought online at least 3 days ahead gets 10% off, which brings it down to €242"
cl(T, aq, sq, "€280", 280, 280, "EUR", "=", "5-day pass", "price", "price")
cl(T, aq, sq, "5-day", 5, 5, "day", "=", "multi-day pass", "pass length", "duration")
cl(T, aq, sq, "at least 3 days ahead", 3, None, "day", ">=", "online pass purchase", "booking lead time for the discount", "duration")
cl(T, aq, sq, "10% off", 10, 10, "%", "=", "online pass purchase", "discount", "percentage")
cl(T, aq, sq, "€242", 242, 242, "EUR", "=", "5-day pass bought online", "discounted price", "price")
aq = "Since 2024, a day's parking at the base station is €12."
cl(T, aq, "Since 2024, a day's parking at the base station is €12", "€12", 12, 12, "EUR/day", "=", "valley station car park", "daily parking charge", "price")
aq = "Buses to Sankt Jakob run every 40 minutes"
cl(T, aq, "Buses to Sankt Jakob run every 40 minutes, so check the timetable at the stop before your last run", "every 40 minutes", 40, 40, "minute", "=", "ski bus to Sankt Jakob", "interval between buses", "duration")
aq = "A standard ski locker at the valley station is €4 a day"
sq = "A standard ski locker at the valley station is €4 a day and fits two pairs of skis plus boots"
cl(T, aq, sq, "€4 a day", 4, 4, "EUR/day", "=", "standard ski locker", "daily rent", "price")
cl(T, aq, sq, "two pairs of skis", 2, 2, "pairs", "=", "standard ski locker", "capacity", "count")
aq = "Our floodlit toboggan track is 3,500 metres long"
cl(T, aq, "Our floodlit toboggan track is 3,500 metres long, running from the Moosalm hut down to the edge of the village", "3,500 metres", 3500, 3500, "m", "=", "toboggan track", "length", "other")
aq = "Seniors aged 65 and over get 20% off"
sq = "Seniors aged 65 and over get 20% off, so a €180 3-day pass costs them €144"
cl(T, aq, sq, "aged 65 and over", 65, None, "year", ">=", "senior discount", "qualifying age", "limit")
cl(T, aq, sq, "20% off", 20, 20, "%", "=", "senior discount", "discount", "percentage")
cl(T, aq, sq, "€180", 180, 180, "EUR", "=", "3-day pass", "price", "price")
cl(T, aq, sq, "3-day", 3, 3, "day", "=", "multi-day pass", "pass length", "duration")
cl(T, aq, sq, "€144", 144, 144, "EUR", "=", "3-day pass for a senior", "discounted price", "price")
aq = "After its upgrade, the Gipfel chairlift"
cl(T, aq, "After its upgrade, the Gipfel chairlift now moves up to 2,800 people an hour, so summit queues have all but gone", "up to 2,800 people an hour", None, 2800, "people/hour", "<=", "Gipfel chairlift", "hourly capacity", "limit")

# office notes (11 answers)
aq = "Our slopes add up to 96 km"
cl(M, aq, "Our slopes add up to 96 km, from gentle blues around the mid-station to the black runs below the summit", "96 km", 96, 96, "km", "=", "Hochalm pistes", "total length", "other")
aq = "Group lessons are capped at 8 pupils"
cl(M, aq, "Group lessons are capped at 8 pupils, so every child gets proper attention from the instructor", "capped at 8 pupils", None, 8, "pupils", "<=", "ski school group", "maximum group size", "limit")
aq = "Two adult packages at €42"
sq = "Two adult packages at €42 and two junior sets at €24 come to €122 a day for a family of four"
cl(M, aq, sq, "Two adult packages", 2, 2, "packages", "=", "family rental example", "adult packages", "count")
cl(M, aq, sq, "€42", 42, 42, "EUR/day", "=", "adult rental package", "daily price", "price")
cl(M, aq, sq, "two junior sets", 2, 2, "sets", "=", "family rental example", "junior sets", "count")
cl(M, aq, sq, "€24", 24, 24, "EUR/day", "=", "junior rental set", "daily price", "price")
cl(M, aq, sq, "€122 a day", 122, 122, "EUR/day", "=", "family rental example", "total daily price", "price")
cl(M, aq, sq, "family of four", 4, 4, "people", "=", "family rental example", "family size", "count")
aq = "(2021) Parking at the valley station costs €8 a day"
cl(M, aq, "(2021) Parking at the valley station costs €8 a day, paid at the machine by the barrier", "€8 a day", 8, 8, "EUR/day", "=", "valley station car park", "daily parking charge", "price")
aq = "(2022) Each KeyCard carries a €3 deposit"
cl(M, aq, "(2022) Each KeyCard carries a €3 deposit, which we refund at any ticket window when the card comes back undamaged", "€3", 3, 3, "EUR", "=", "KeyCard", "deposit", "price")
aq = "An evening sledging ticket is €18 for adults"
cl(M, aq, "An evening sledging ticket is €18 for adults and includes the gondola up to the Moosalm", "€18", 18, 18, "EUR", "=", "adult evening sledging ticket", "price", "price")
aq = "Large family lockers cost €7 a day"
sq = "Large family lockers cost €7 a day and hold up to five pairs of skis with boots"
cl(M, aq, sq, "€7 a day", 7, 7, "EUR/day", "=", "large family locker", "daily rent", "price")
cl(M, aq, sq, "up to five pairs of skis", None, 5, "pairs", "<=", "large family locker", "capacity", "limit")
aq = "The Hochalm Season Pass costs €690"
cl(M, aq, "The Hochalm Season Pass costs €690 and covers every lift in the arena from opening day to closing day", "€690", 690, 690, "EUR", "=", "Hochalm Season Pass", "price", "price")
aq = "A 10-ride card for the village sledge lift"
sq = "A 10-ride card for the village sledge lift is €35, which works out at €3.50 a ride"
cl(M, aq, sq, "10-ride", 10, 10, "rides", "=", "sledge lift card", "rides per card", "count")
cl(M, aq, sq, "€35", 35, 35, "EUR", "=", "10-ride sledge lift card", "price", "price")
cl(M, aq, sq, "€3.50 a ride", 3.5, 3.5, "EUR/ride", "=", "10-ride sledge lift card", "price per ride", "price")
aq = "The ride on the Almbahn gondola takes 12 to 15 minutes"
cl(M, aq, "The ride on the Almbahn gondola takes 12 to 15 minutes, depending on wind and how many cabins are running", "12 to 15 minutes", 12, 15, "minute", "=", "Almbahn gondola", "ride time", "duration")
aq = "The Gipfel chairlift used to carry 1,800 skiers an hour"
cl(M, aq, "The Gipfel chairlift used to carry 1,800 skiers an hour before the 2022 upgrade", "1,800 skiers an hour", 1800, 1800, "people/hour", "=", "Gipfel chairlift before 2022", "hourly capacity", "other")

# visit page (12 answers)
aq = "As of 2025, an adult day ticket costs €64."
cl(H, aq, "As of 2025, an adult day ticket costs €64", "€64", 64, 64, "EUR", "=", "adult day pass", "price", "price")
aq = "Kids younger than 8 get their lift pass free"
cl(H, aq, "Kids younger than 8 get their lift pass free of charge when they ski with a paying parent", "younger than 8", None, 8, "year", "<", "children's free lift pass", "age limit", "limit")
aq = "As of 2025, the deposit for a KeyCard is €5."
cl(H, aq, "As of 2025, the deposit for a KeyCard is €5", "€5", 5, 5, "EUR", "=", "KeyCard", "deposit", "price")
aq = "Season Pass Plus is €840"
sq = "Season Pass Plus is €840 and adds the three partner resorts down the valley to all of the Hochalm lifts"
cl(H, aq, sq, "€840", 840, 840, "EUR", "=", "Season Pass Plus", "price", "price")
cl(H, aq, sq, "three partner resorts", 3, 3, "resorts", "=", "Season Pass Plus", "partner resorts included", "count")
aq = "There are 112 km of marked pistes"
sq = "There are 112 km of marked pistes, served by 24 lifts"
cl(H, aq, sq, "112 km", 112, 112, "km", "=", "Hochalm pistes", "total length", "other")
cl(H, aq, sq, "24 lifts", 24, 24, "lifts", "=", "Hochalm ski area", "number of lifts", "count")
aq = "In the village the ski bus comes every 15 minutes"
cl(H, aq, "In the village the ski bus comes every 15 minutes during the day, and it's free with any valid lift pass", "every 15 minutes", 15, 15, "minute", "=", "ski bus in the village", "interval between buses", "duration")
aq = "The Almbahn gondola gets you from the village"
cl(H, aq, "The Almbahn gondola gets you from the village to the mid-station in about 13 minutes", "about 13 minutes", 13, 13, "minute", "~", "Almbahn gondola", "ride time", "duration")
aq = "It depends on the day."
cl(H, aq, "For example, on a busy Saturday the queue at the Almbahn might reach 25 minutes, so it pays to come early", "25 minutes", 25, 25, "minute", "=", "Almbahn queue on a busy Saturday", "waiting time", "duration", True)
aq = "A private lesson costs €95 for one hour on weekdays"
cl(H, aq, "A private lesson costs €95 for one hour on weekdays, and a friend or partner can join at no extra cost", "€95 for one hour", 95, 95, "EUR/hour", "=", "private lesson on weekdays", "hourly price", "price")
aq = "Fitting usually takes around 15 minutes per person"
cl(H, aq, "Fitting usually takes around 15 minutes per person, and you can leave your own shoes with us for the day", "around 15 minutes", 15, 15, "minute", "~", "rental fitting", "time per person", "duration")
aq = "Cancel a lesson at least 24 hours ahead"
cl(H, aq, "Cancel a lesson at least 24 hours ahead and you'll get a full refund to your card", "at least 24 hours", 24, None, "hour", ">=", "lesson cancellation with a full refund", "notice required", "duration")

# 2020 FAQ (12 answers)
aq = "Rental sets are made up of skis, boots and poles."
cl(O, aq, "Helmets are hired separately for €6 a day", "€6 a day", 6, 6, "EUR/day", "=", "helmet hire", "daily price", "price")
aq = "Ski school classes have no more than 10 children"
cl(O, aq, "Ski school classes have no more than 10 children, grouped by age and ability", "no more than 10 children", None, 10, "children", "<=", "ski school class", "maximum group size", "limit")
aq = "The top station of the Gipfel chairlift sits at 2,450 m"
cl(O, aq, "The top station of the Gipfel chairlift sits at 2,450 m above sea level", "2,450 m", 2450, 2450, "m", "=", "Gipfel chairlift top station", "elevation", "other")
aq = "Yes. A 6-day adult pass is €312"
sq = "A 6-day adult pass is €312, which works out at just €48 a day"
cl(O, aq, sq, "6-day", 6, 6, "day", "=", "adult multi-day pass", "pass length", "duration")
cl(O, aq, sq, "€312", 312, 312, "EUR", "=", "6-day adult pass", "price", "price")
cl(O, aq, sq, "€48 a day", 48, 48, "EUR/day", "=", "6-day adult pass", "price per day", "price")
aq = "(2020) An adult day pass is €54"
cl(O, aq, "(2020) An adult day pass is €54, with reduced prices for youths and seniors", "€54", 54, 54, "EUR", "=", "adult day pass", "price", "price")
aq = "Children pay €10 for night sledging"
cl(O, aq, "Children pay €10 for night sledging, including the ride up to the hut", "€10", 10, 10, "EUR", "=", "children's evening sledging ticket", "price", "price")
aq = "At weekends and in school holidays, private lessons are €110 per hour."
cl(O, aq, "At weekends and in school holidays, private lessons are €110 per hour", "€110 per hour", 110, 110, "EUR/hour", "=", "private lesson at weekends and in school holidays", "hourly price", "price")
aq = "The sledging run is 3.5 km long"
cl(O, aq, "The sledging run is 3.5 km long and is floodlit on Tuesday and Friday evenings", "3.5 km", 3.5, 3.5, "km", "=", "sledging run", "length", "other")
aq = "Queues at the Almbahn gondola are usually under 5 minutes"
cl(O, aq, "Queues at the Almbahn gondola are usually under 5 minutes, and the Gipfel chairlift rarely has a queue at all", "under 5 minutes", None, 5, "minute", "<", "Almbahn queue", "usual waiting time", "duration")
aq = "On Saturday mornings the wait at the rental shop"
cl(O, aq, "On Saturday mornings the wait at the rental shop can be up to 45 minutes, so reserve your equipment online", "up to 45 minutes", None, 45, "minute", "<=", "rental shop on Saturday mornings", "waiting time", "duration")
aq = "Lesson cancellations made less than 24 hours before the start"
cl(O, aq, "Lesson cancellations made less than 24 hours before the start aren't refunded, unless we call the lesson off because of the weather", "less than 24 hours", None, 24, "hour", "<", "lesson cancellation without a refund", "notice given", "duration")
aq = "Yes. The Sonnenhang nursery area"
cl(O, aq, "The Sonnenhang nursery area at the mid-station has two magic carpets and its own ski school meeting point", "two magic carpets", 2, 2, "lifts", "=", "Sonnenhang nursery area", "magic carpets", "count")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
