#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the curling domain (Tamarack Point Curling Club)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "office-email-answers.txt", "volunteer-notes.md", "season-guide.html", "rt-member-faq-articles.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The office email answers say full membership covers league play, practice ice, the newsletter and Wind-Up Bonspiel entry, while the season guide says a full member's dues pay for league play and practice ice only and the Wind-Up Bonspiel is charged separately.",
  "what a full membership includes", side(T, "Full membership covers league play, practice ice, the newsletter and Wind-Up Bonspiel entry"), side(H, "dues pay for league play and practice ice, while the Wind-Up Bonspiel is charged separately")),
 ("list", "The volunteer notes run Learn to Curl clinics on Tuesday, Thursday and Sunday evenings, while the RT article says beginner clinics are on Thursday and Sunday nights only.",
  "nights with Learn to Curl clinics", side(M, "Learn to Curl clinics run on Tuesday, Thursday and Sunday evenings"), side(J, "Beginner clinics are offered on Thursday and Sunday nights only")),
 ("list", "The season guide lends first-timers brooms, sliders and grippers free, while the volunteer notes say the only gear lent to newcomers is brooms and grippers (sliders are sold in the pro shop).",
  "equipment lent free to newcomers", side(H, "First-timers can borrow brooms, sliders and grippers at no charge"), side(M, "The only gear we lend to newcomers is brooms and grippers")),
 # polarity
 ("polarity", "The office email answers let non-members book a sheet for a private party, while the season guide says ice rentals are only available to club members.",
  "non-members renting ice", side(T, "Non-members may book a sheet for a private party or an office outing"), side(H, "Ice rentals are only available to club members")),
 ("polarity", "The season guide allows delivery sticks in every league, while the office email answers say stick delivery is not permitted in the competitive Men's and Women's leagues.",
  "delivery sticks in the competitive leagues", side(H, "Delivery sticks are allowed in every league we run"), side(T, "Stick delivery is not permitted in the competitive Men's and Women's leagues")),
 ("polarity", "The RT article lets parents drop juniors off and collect them after practice, while the volunteer notes say a parent or guardian must stay in the building for every junior practice.",
  "parents staying for junior practice", side(J, "Parents can drop off junior curlers and collect them when practice ends"), side(M, "A parent or guardian must stay in the building for every junior practice")),
 # numeric
 ("numeric", "The office email answers rent a locker for $40 a season, while the RT article charges members $55 for a change-room locker for the season.",
  "season locker rental fee", side(T, "Locker rental is $40 a season"), side(J, "Each change-room locker costs members $55 for the curling season")),
 ("numeric", "The season guide takes children as young as 6 in Little Rocks, while the volunteer notes say Little Rocks players must have turned 8.",
  "minimum age for Little Rocks", side(H, "Children as young as 6 can sign up for Little Rocks"), side(M, "Little Rocks players must have turned 8 by the first Saturday")),
 ("numeric", "The volunteer notes make evening league games eight ends, while the RT article says weeknight league matches last six ends.",
  "number of ends in an evening league game", side(M, "Evening league games are eight ends"), side(J, "Weeknight league matches last six ends")),
 ("numeric", "The office email answers expect 10 volunteer hours a season from every member, while the season guide gives each membership a six-hour volunteer commitment.",
  "volunteer hours owed per membership", side(T, "Every member is expected to volunteer 10 hours over the season"), side(H, "Each membership carries a six-hour volunteer commitment")),
 # arithmetic
 ("arithmetic", "$85 plus 13% HST is $96.05, not $106.05.",
  "price of a new broom with HST", side(J, "A new broom is $85 before tax, and with 13% HST"), side(J, "it comes to $106.05 at the counter")),
 ("arithmetic", "12 x $15 is $180, not $190.",
  "spare fees for twelve games", side(M, "Spares pay $15 a game"), side(M, "so twelve games as a spare cost $190")),
 ("arithmetic", "6 x 90 minutes is 9 hours, not 10.",
  "total ice time in the Rock Skills program", side(H, "Rock Skills meets for six weeks at 90 minutes a session"), side(H, "which adds up to 10 hours on the ice with a coach")),
 # stale
 ("stale", "A 2022 answer prices a full adult membership at $425 a season, while a 2025 article puts season dues for an adult with full privileges at $495.",
  "full adult membership fee", side(T, "(2022) A full adult membership is $425 for the season"), side(J, "As of 2025, season dues for one adult curler with full privileges are $495")),
 ("stale", "A 2021 note says the club has four sheets of ice, while a 2024 answer says six sheets have been in play.",
  "number of sheets of ice", side(M, "(2021) The club has four sheets of ice"), side(H, "Since 2024, six sheets have been in play")),
 ("stale", "A 2023 article prices junior membership at $120 for the season, while a 2025 answer says curlers under 18 pay $150 a season.",
  "junior membership fee", side(J, "(2023) Junior membership is $120 for the season"), side(T, "Since 2025, curlers under 18 pay $150 a season")),
]

traps = [
 ("Different condition (day of the week): a Friday or Saturday night party rental is $300 for two hours, a Sunday to Thursday one $220.",
  side(T, "Friday and Saturday night party rentals are $300 for two hours"), side(J, "From Sunday to Thursday, a two-hour party booking costs $220")),
 ("Different membership tier: students aged 18 to 25 pay $250 a season, the Daytime Seniors membership is $310 a season.",
  side(H, "Students aged 18 to 25 pay $250 for the season"), side(J, "The Daytime Seniors membership is $310 a season")),
 ("Different room size: the Committee Room (up to 20 people) is $60 an evening, the Upper Lounge (up to 80) $180 an evening.",
  side(M, "The Committee Room holds up to 20 people and costs $60 for an evening"), side(H, "The Upper Lounge seats up to 80 and rents for $180 an evening")),
 ("Different age group: a Learn to Curl clinic is $45 for adults and $20 for kids under 12.",
  side(J, "Adults pay $45 for a Learn to Curl clinic"), side(T, "Kids under 12 can try a Learn to Curl clinic for $20")),
 ("Similarly named events: the Northern Lights Bonspiel is $280 a team, the Northern Lights Mixed Doubles $140 a pair.",
  side(T, "Northern Lights Bonspiel entry is $280 a team"), side(M, "The Northern Lights Mixed Doubles costs $140 a pair")),
 ("Same value in other units: about 19 kilograms is 42 pounds (42 lb = 19.05 kg).",
  side(H, "A curling stone weighs about 19 kilograms"), side(T, "Our granite rocks weigh 42 pounds each")),
 ("Correct computation: three guests at $20 a game are $60.",
  side(M, "A member can sign in a guest for $20 a game"), side(M, "so bringing three guests costs $60")),
 ("Correct percentage: 10% off $150 is $135.",
  side(J, "Members get 10% off in the pro shop"), side(J, "so a $150 pair of curling shoes comes to $135")),
 ("About 22 weeks lies inside the 20 to 24 week range.",
  side(M, "The league season runs 20 to 24 weeks"), side(T, "League play lasts about 22 weeks")),
 ("Five games in two days is a hedged example ('For example ... might'), not the usual three games of most bonspiel teams.",
  side(M, "Most bonspiel teams play three games over the weekend"), side(H, "For example, a team that keeps winning might play five games in two days")),
 ("The $5 shoe rental is explicitly the price before the 2024 fee review; $8 a visit is current.",
  side(M, "Rental shoes used to cost $5, before the 2024 fee review"), side(J, "Renting a pair of curling shoes is $8 a visit")),
 ("'Up to 30 minutes' is the longest turnover, on bonspiel weekends; the ice is usually scraped and pebbled in about 15 minutes.",
  side(H, "the ice crew can need up to 30 minutes between draws"), side(T, "The ice is usually scraped and pebbled in about 15 minutes")),
 ("The lounge menu is an open list ('such as'), so a grilled cheese for the juniors is consistent.",
  side(J, "The lounge kitchen serves dishes such as chili, perogies, nachos and soup"), side(M, "The kitchen also does a grilled cheese for the juniors")),
 ("The same drinking-age rule stated in both directions (nobody under 19 may be served / 19 or older may buy a drink).",
  side(H, "Nobody under 19 may be served alcohol in the lounge"), side(T, "You have to be 19 or older to buy a drink at the bar")),
]

DOMAIN = ("Tamarack Point Curling Club, a fictional curling club in Thunder Bay, Ontario, Canada (prices in Canadian "
          "dollars, written $45; the pro shop adds 13% HST): memberships (full adult, junior, student, Daytime Seniors) "
          "and what they include, volunteer hours, lockers, spares and guests, Learn to Curl clinics, Little Rocks and "
          "Rock Skills, leagues, game length and season length, delivery sticks, loaner gear and shoe rental, party and "
          "room rentals, bonspiels, the pro shop, the ice and the stones, the lounge and its menu, and the drinking age.")
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

# office email answers (9 answers)
aq = "Locker rental is $40 a season"
cl(T, aq, "Locker rental is $40 a season, and the office hands out keys on the first league night", "$40 a season", 40, 40, "CAD/season", "=", "change-room locker", "rental fee", "price")
aq = "Every member is expected to volunteer 10 hours"
cl(T, aq, "Every member is expected to volunteer 10 hours over the season", "10 hours", 10, 10, "hour", "=", "club member", "volunteer hours per season", "duration")
aq = "(2022) A full adult membership is $425"
sq = "(2022) A full adult membership is $425 for the season, paid all at once or in two instalments"
cl(T, aq, sq, "$425", 425, 425, "CAD/season", "=", "full adult membership", "membership fee", "price")
cl(T, aq, sq, "two instalments", 2, 2, "instalments", "=", "full adult membership", "payment instalments", "count")
aq = "Since 2025, curlers under 18 pay $150 a season"
sq = "Since 2025, curlers under 18 pay $150 a season, and that includes a coach on the ice every Saturday morning"
cl(T, aq, sq, "under 18", None, 18, "year", "<", "junior membership", "age limit", "limit")
cl(T, aq, sq, "$150 a season", 150, 150, "CAD/season", "=", "junior membership", "membership fee", "price")
aq = "Kids under 12 can try a Learn to Curl clinic"
sq = "Kids under 12 can try a Learn to Curl clinic for $20, and we lend them a helmet as well"
cl(T, aq, sq, "under 12", None, 12, "year", "<", "child Learn to Curl clinic", "age limit", "limit")
cl(T, aq, sq, "$20", 20, 20, "CAD", "=", "Learn to Curl clinic for a child", "price", "price")
aq = "Our granite rocks weigh 42 pounds each"
cl(T, aq, "Our granite rocks weigh 42 pounds each, so let the stone do the work", "42 pounds", 42, 42, "lb", "=", "curling stone", "weight", "other")
aq = "League play lasts about 22 weeks"
cl(T, aq, "League play lasts about 22 weeks, with a break over Christmas and New Year", "about 22 weeks", 22, 22, "week", "~", "league season", "length", "duration")
aq = "The ice is usually scraped and pebbled"
cl(T, aq, "The ice is usually scraped and pebbled in about 15 minutes, so the late draw rarely starts behind time", "about 15 minutes", 15, 15, "minute", "~", "ice turnover between draws", "typical time", "duration")
aq = "You have to be 19 or older"
cl(T, aq, "You have to be 19 or older to buy a drink at the bar", "19 or older", 19, None, "year", ">=", "buying alcohol at the bar", "minimum age", "limit")

# season guide, ikiwiki page (10 answers)
aq = "Students aged 18 to 25 pay $250"
sq = "Students aged 18 to 25 pay $250 for the season, as long as they show a valid student card when they register"
cl(H, aq, sq, "aged 18 to 25", 18, 25, "year", "=", "student membership", "eligible age", "limit")
cl(H, aq, sq, "$250", 250, 250, "CAD/season", "=", "student membership", "membership fee", "price")
aq = "Each membership carries a six-hour volunteer commitment"
cl(H, aq, "Each membership carries a six-hour volunteer commitment, and the sign-up sheet is on the board by the lounge door", "six-hour", 6, 6, "hour", "=", "club member", "volunteer hours per season", "duration")
aq = "The Upper Lounge seats up to 80"
sq = "The Upper Lounge seats up to 80 and rents for $180 an evening, with a bartender included"
cl(H, aq, sq, "up to 80", None, 80, "people", "<=", "Upper Lounge", "capacity", "limit")
cl(H, aq, sq, "$180 an evening", 180, 180, "CAD/evening", "=", "Upper Lounge", "rental price", "price")
aq = "Children as young as 6 can sign up for Little Rocks"
cl(H, aq, "Children as young as 6 can sign up for Little Rocks, which runs on Saturday mornings from November to March", "as young as 6", 6, None, "year", ">=", "Little Rocks player", "minimum age", "limit")
aq = "Since 2024, six sheets have been in play"
cl(H, aq, "Since 2024, six sheets have been in play, after the old rink next door was joined on to the main building", "six sheets", 6, 6, "sheets", "=", "club ice", "sheets of ice", "count")
aq = "Rock Skills meets for six weeks"
sq = "Rock Skills meets for six weeks at 90 minutes a session, which adds up to 10 hours on the ice with a coach"
cl(H, aq, sq, "six weeks", 6, 6, "week", "=", "Rock Skills program", "length", "duration")
cl(H, aq, sq, "90 minutes", 90, 90, "minute", "=", "Rock Skills session", "length", "duration")
cl(H, aq, sq, "10 hours", 10, 10, "hour", "=", "Rock Skills program", "total ice time", "duration")
aq = "A curling stone weighs about 19 kilograms"
cl(H, aq, "A curling stone weighs about 19 kilograms, and the handles are colour-coded red and yellow", "about 19 kilograms", 19, 19, "kg", "~", "curling stone", "weight", "other")
aq = "On bonspiel weekends the ice crew can need up to 30 minutes"
cl(H, aq, "On bonspiel weekends the ice crew can need up to 30 minutes between draws to scrape, pebble and check the stones", "up to 30 minutes", None, 30, "minute", "<=", "ice turnover between draws on bonspiel weekends", "time needed", "duration")
aq = "It depends on how far your team goes."
sq = "For example, a team that keeps winning might play five games in two days"
cl(H, aq, sq, "five games", 5, 5, "games", "=", "bonspiel team that keeps winning", "games played", "count", True)
cl(H, aq, sq, "two days", 2, 2, "day", "=", "bonspiel team that keeps winning", "time to play the games", "duration", True)
aq = "Nobody under 19 may be served alcohol"
cl(H, aq, "Nobody under 19 may be served alcohol in the lounge, even if a parent is sitting at the table", "under 19", 19, None, "year", ">=", "being served alcohol in the lounge", "minimum age", "limit")

# volunteer notes (10 answers)
aq = "The only gear we lend to newcomers"
cl(M, aq, "Point anyone who wants a slider to the pro shop, where they're $25", "$25", 25, 25, "CAD", "=", "slider in the pro shop", "price", "price")
aq = "Little Rocks players must have turned 8"
cl(M, aq, "Little Rocks players must have turned 8 by the first Saturday of the program", "turned 8", 8, None, "year", ">=", "Little Rocks player", "minimum age", "limit")
aq = "Evening league games are eight ends"
sq = "Evening league games are eight ends, and the bell rings at the two-hour mark whatever the score"
cl(M, aq, sq, "eight ends", 8, 8, "ends", "=", "evening league game", "ends played", "count")
cl(M, aq, sq, "two-hour", 2, 2, "hour", "=", "evening league game", "time limit", "duration")
aq = "Spares pay $15 a game"
sq = "Spares pay $15 a game, so twelve games as a spare cost $190 over the season"
cl(M, aq, sq, "$15 a game", 15, 15, "CAD/game", "=", "spare", "fee per game", "price")
cl(M, aq, sq, "twelve games", 12, 12, "games", "=", "example spare", "games played", "count")
cl(M, aq, sq, "$190", 190, 190, "CAD", "=", "twelve games as a spare", "total fee", "price")
aq = "(2021) The club has four sheets of ice"
cl(M, aq, "(2021) The club has four sheets of ice", "four sheets", 4, 4, "sheets", "=", "club ice", "sheets of ice", "count")
aq = "The Committee Room holds up to 20 people"
sq = "The Committee Room holds up to 20 people and costs $60 for an evening"
cl(M, aq, sq, "up to 20 people", None, 20, "people", "<=", "Committee Room", "capacity", "limit")
cl(M, aq, sq, "$60 for an evening", 60, 60, "CAD/evening", "=", "Committee Room", "rental price", "price")
aq = "The Northern Lights Mixed Doubles costs $140 a pair"
cl(M, aq, "The Northern Lights Mixed Doubles costs $140 a pair, and the draw goes up on the board a week before", "$140 a pair", 140, 140, "CAD", "=", "Northern Lights Mixed Doubles", "entry fee per pair", "price")
aq = "The league season runs 20 to 24 weeks"
cl(M, aq, "The league season runs 20 to 24 weeks, depending on when the ice goes in and how early the spring thaw comes", "20 to 24 weeks", 20, 24, "week", "=", "league season", "length", "duration")
aq = "Most bonspiel teams play three games"
cl(M, aq, "Most bonspiel teams play three games over the weekend", "three games", 3, 3, "games", "=", "typical bonspiel team", "games played", "count")
aq = "Rental shoes used to cost $5"
cl(M, aq, "Rental shoes used to cost $5, before the 2024 fee review", "$5", 5, 5, "CAD", "=", "shoe rental before the 2024 fee review", "old price", "price")

# RT articles, REST2 JSON (10 answers)
aq = "Each change-room locker costs members $55"
cl(J, aq, "Each change-room locker costs members $55 for the curling season", "$55", 55, 55, "CAD/season", "=", "change-room locker", "rental fee", "price")
aq = "Weeknight league matches last six ends"
cl(J, aq, "Weeknight league matches last six ends, and the teams usually share a drink in the lounge afterwards", "six ends", 6, 6, "ends", "=", "weeknight league game", "ends played", "count")
aq = "A new broom is $85 before tax"
sq = "A new broom is $85 before tax, and with 13% HST it comes to $106.05 at the counter"
cl(J, aq, sq, "$85", 85, 85, "CAD", "=", "new broom before tax", "price", "price")
cl(J, aq, sq, "13% HST", 13, 13, "%", "=", "Ontario HST", "tax rate", "percentage")
cl(J, aq, sq, "$106.05", 106.05, 106.05, "CAD", "=", "new broom with HST", "price", "price")
aq = "As of 2025, season dues for one adult curler"
sq = "As of 2025, season dues for one adult curler with full privileges are $495, payable by e-Transfer or at the office"
cl(J, aq, sq, "one adult curler", 1, 1, "people", "=", "full adult membership", "people covered", "count")
cl(J, aq, sq, "$495", 495, 495, "CAD/season", "=", "full adult membership", "membership fee", "price")
aq = "(2023) Junior membership is $120"
cl(J, aq, "(2023) Junior membership is $120 for the season", "$120", 120, 120, "CAD/season", "=", "junior membership", "membership fee", "price")
aq = "From Sunday to Thursday, a two-hour party booking costs $220"
sq = "From Sunday to Thursday, a two-hour party booking costs $220, and that includes an instructor and the use of brooms"
cl(J, aq, sq, "two-hour", 2, 2, "hour", "=", "party booking from Sunday to Thursday", "length", "duration")
cl(J, aq, sq, "$220", 220, 220, "CAD", "=", "two-hour party booking from Sunday to Thursday", "price", "price")
aq = "The Daytime Seniors membership is $310 a season"
cl(J, aq, "The Daytime Seniors membership is $310 a season and covers the Monday and Wednesday morning draws", "$310 a season", 310, 310, "CAD/season", "=", "Daytime Seniors membership", "membership fee", "price")
cl(J, aq, "You must be 55 or older to join", "55 or older", 55, None, "year", ">=", "Daytime Seniors member", "minimum age", "limit")
aq = "Adults pay $45 for a Learn to Curl clinic"
cl(J, aq, "Adults pay $45 for a Learn to Curl clinic, and that includes the loan of a broom and a gripper", "$45", 45, 45, "CAD", "=", "Learn to Curl clinic for an adult", "price", "price")
aq = "Members get 10% off in the pro shop"
sq = "Members get 10% off in the pro shop, so a $150 pair of curling shoes comes to $135 before tax"
cl(J, aq, sq, "10% off", 10, 10, "%", "=", "pro shop for members", "discount", "percentage")
cl(J, aq, sq, "$150", 150, 150, "CAD", "=", "pair of curling shoes", "full price", "price")
cl(J, aq, sq, "$135", 135, 135, "CAD", "=", "pair of curling shoes for a member", "discounted price", "price")
aq = "Renting a pair of curling shoes is $8 a visit"
cl(J, aq, "Renting a pair of curling shoes is $8 a visit", "$8 a visit", 8, 8, "CAD/visit", "=", "shoe rental", "price", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
