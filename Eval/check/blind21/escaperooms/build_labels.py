#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the escaperooms domain (Tinderbox Escape Rooms, Hobart)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "player-answers.txt", "game-master-handbook.md", "tinderbox-faq.html", "faq-entries.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The player answers say Lighthouse, Apothecary and Shipwreck Cove are all step-free, while the handbook says Shipwreck Cove is upstairs with no lift, so wheelchair users can only have Lighthouse or Apothecary.",
  "rooms with step-free access", side(T, "Lighthouse, Apothecary and Shipwreck Cove all have step-free access"), side(M, "wheelchair users can only be offered Lighthouse or Apothecary")),
 ("list", "The FAQ page lets children under 12 play Dragon Egg, Apothecary and Lighthouse, while the CMS entry allows under-12s only in Dragon Egg and Apothecary.",
  "rooms open to children under 12", side(H, "Children under 12 can play Dragon Egg, Apothecary and Lighthouse"), side(J, "Under-12s are only allowed in Dragon Egg and Apothecary")),
 ("list", "The CMS entry takes cash, Visa, Mastercard, EFTPOS and American Express at the counter, while the handbook says card only (Visa, Mastercard, EFTPOS), no cash and no Amex.",
  "payment methods at the desk", side(J, "At the front counter you can pay with cash, Visa, Mastercard, EFTPOS or American Express"), side(M, "Card only at the desk: Visa, Mastercard and EFTPOS")),
 # polarity
 ("polarity", "The player answers let teams bring snacks and soft drinks into the game rooms, while the FAQ page allows nothing to eat or drink past the briefing room.",
  "food and drink in the game rooms", side(T, "bring your own snacks and soft drinks into the game rooms"), side(H, "Nothing to eat or drink is allowed past the briefing room")),
 ("polarity", "The handbook lets players keep their phones during a game, while the CMS entry says phones go in the lockers before the team enters.",
  "phones during a game", side(M, "Players may keep their phones during a game"), side(J, "Mobile phones have to go in the lockers before your team enters the room")),
 ("polarity", "The player answers offer free parking in the venue's own car park, while the CMS entry says the venue has no parking of its own.",
  "whether the venue has its own car park", side(T, "Players park for free in our own car park behind the building"), side(J, "We don't have any parking of our own")),
 # numeric
 ("numeric", "The player answers say Shipwreck Cove takes teams of up to 8, while the CMS entry says the biggest group that fits is six.",
  "largest team in Shipwreck Cove", side(T, "Shipwreck Cove takes teams of up to 8 players"), side(J, "The biggest group we can fit in Shipwreck Cove is six people")),
 ("numeric", "The FAQ page gives every team three free hints, while the handbook allows five free clues.",
  "number of free hints per team", side(H, "Every team gets three free hints"), side(M, "Teams are allowed five clues from the game master at no cost")),
 ("numeric", "The player answers let teenagers play without an adult from 16, while the FAQ page sets the age at 14.",
  "minimum age to play without an adult", side(T, "Teenagers aged 16 and over can play on their own"), side(H, "Players must be at least 14 to take part without a grown-up in the team")),
 ("numeric", "The player answers say a gift voucher can be used for three years, while the CMS entry says vouchers are valid for 12 months.",
  "validity of a gift voucher", side(T, "can be used any time in the three years after it was bought"), side(J, "Gift vouchers are valid for 12 months from the date of purchase")),
 # arithmetic
 ("arithmetic", "6 children x $25 is $150, not $140.",
  "price of a Dragon Egg party for six children", side(T, "Dragon Egg parties are $25 per child"), side(T, "so six children come to $140 all up")),
 ("arithmetic", "20 x $65 plus $150 is $1,450, not $1,350.",
  "price of a corporate package for 20 people", side(M, "Corporate packages are $65 per head plus a $150 room hire fee"), side(M, "so a group of 20 comes to $1,350")),
 ("arithmetic", "15% off $42 is $35.70, not $36.70.",
  "student price of an evening ticket", side(H, "Students get 15% off the $42 evening price"), side(H, "which brings a ticket down to $36.70 each")),
 # stale
 ("stale", "A 2022 entry counts four rooms, while a 2025 answer counts six games.",
  "number of rooms", side(M, "(2022) There are four rooms to choose from"), side(H, "As of 2025, Tinderbox has six games running")),
 ("stale", "A 2023 entry puts the group deposit at $50, while a 2025 answer asks for $100.",
  "deposit for a group booking", side(J, "(2023) A $50 deposit holds a group booking"), side(T, "Since 2025, we ask for a $100 deposit on bookings for groups")),
 ("stale", "A 2023 answer says 41% of teams escape in time, while a 2025 entry says about 28%.",
  "share of teams that escape in time", side(H, "(2023) 41% of teams make it out in time"), side(M, "As of 2025, only about 28% of teams beat the clock")),
]

traps = [
 ("Different group size: the lounge is $60 for up to 10 guests and $90 for 11 to 20 guests.",
  side(M, "The party lounge is $60 for up to 10 guests"), side(H, "For 11 to 20 guests the lounge costs $90")),
 ("Different time of week: $34 on weekdays before 5pm, $42 in the evenings and at weekends.",
  side(T, "Standard-room games on weekdays before 5pm are $34 a player"), side(J, "Evening and weekend sessions in our standard rooms cost $42 per person")),
 ("Different customer type: private bookings can be moved with 48 hours' notice, corporate and school bookings need 7 days.",
  side(J, "Private bookings can be moved free of charge with 48 hours' notice"), side(M, "Corporate and school bookings need 7 days' notice to change the date")),
 ("Different rooms: Dragon Egg is a 45-minute game, Lighthouse Midnight runs 90 minutes (standard rooms an hour).",
  side(T, "Dragon Egg is a 45-minute game"), side(H, "Lighthouse Midnight runs for 90 minutes instead of the usual hour")),
 ("Similarly named rooms: Lighthouse is rated 3 out of 5, Lighthouse Midnight 5 out of 5.",
  side(T, "Lighthouse is rated 3 out of 5 for difficulty"), side(M, "Lighthouse Midnight is the hardest thing we run, rated 5 out of 5")),
 ("Same value in other units: 90 cm is about three feet.",
  side(J, "The tunnel in Shipwreck Cove is 90 cm high"), side(T, "crawl through a passage about three feet tall")),
 ("Correct computation: four players at $42 are $168.",
  side(M, "Peak games are $42 a player"), side(M, "so a team of four pays $168")),
 ("Correct percentage: 20% off $34 is $27.20.",
  side(J, "Members of the Keyholder Club save 20% on every game"), side(J, "so an off-peak $34 ticket costs them $27.20")),
 ("About 7 minutes lies inside the 5 to 10 minute range.",
  side(T, "The briefing before your game takes 5 to 10 minutes"), side(H, "Our safety briefing lasts about 7 minutes")),
 ("Five months ahead is a hedged example ('For example ... might'), not the usual two weeks.",
  side(M, "a big office Christmas party might book as early as five months ahead"), side(J, "Most groups book about two weeks before their game")),
 ("The $38 evening and weekend price is explicitly the one before the 2024 price change; $42 is current.",
  side(M, "Evening and weekend games were $38 a player before the 2024 price change"), side(H, "Friday and Saturday night sessions are $42 per player")),
 ("'Up to 30 minutes' is the longest a reset takes; most take about 15 minutes.",
  side(M, "Resetting a room can take up to 30 minutes"), side(J, "Most resets are done in about 15 minutes")),
 ("The list of party rooms is open ('such as'), so Gold Rush is consistent.",
  side(H, "You can celebrate in themed rooms such as Apothecary, Shipwreck Cove and Dragon Egg"), side(J, "Gold Rush can also be booked for birthday parties")),
 ("The same Dragon Egg minimum age stated in both directions (6 and over / not younger than 6).",
  side(T, "Dragon Egg is for children aged 6 and over"), side(H, "We cannot let anyone younger than 6 play Dragon Egg")),
]

DOMAIN = ("Tinderbox Escape Rooms, a fictional escape room venue in Hobart, Tasmania, Australia (prices in Australian "
          "dollars, GST included): rooms (Lighthouse, Lighthouse Midnight, Apothecary, Shipwreck Cove, Dragon Egg, Gold Rush), "
          "prices by time of week, student, club and corporate prices, parties and the party lounge, deposits, vouchers, "
          "booking changes, hints, age rules, accessibility, payment, phones, food and drink, parking and the venue's team.")
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

# player answers (10 answers)
aq = "Shipwreck Cove takes teams of up to 8 players"
cl(T, aq, "Shipwreck Cove takes teams of up to 8 players, which makes it our best room for big families and birthday crowds", "up to 8 players", None, 8, "players", "<=", "Shipwreck Cove", "team size", "limit")
aq = "Teenagers aged 16 and over can play on their own"
cl(T, aq, "Teenagers aged 16 and over can play on their own; anyone younger needs an adult in the team with them", "aged 16 and over", 16, None, "year", ">=", "player without an adult", "minimum age", "limit")
aq = "A gift voucher can be used any time"
cl(T, aq, "A gift voucher can be used any time in the three years after it was bought, for any room on any day of the week", "three years", 3, 3, "year", "=", "gift voucher", "validity", "duration")
aq = "Dragon Egg parties are $25 per child"
sq = "Dragon Egg parties are $25 per child, so six children come to $140 all up, with the lounge and juice thrown in"
cl(T, aq, sq, "$25 per child", 25, 25, "AUD/person", "=", "Dragon Egg party", "price per child", "price")
cl(T, aq, sq, "six children", 6, 6, "children", "=", "example Dragon Egg party", "children", "count")
cl(T, aq, sq, "$140", 140, 140, "AUD", "=", "Dragon Egg party for six children", "total price", "price")
aq = "Since 2025, we ask for a $100 deposit"
sq = "Since 2025, we ask for a $100 deposit on bookings for groups of ten or more, and it comes off your final bill on the day"
cl(T, aq, sq, "$100", 100, 100, "AUD", "=", "group booking", "deposit", "price")
cl(T, aq, sq, "ten or more", 10, None, "people", ">=", "group booking that needs a deposit", "group size", "limit")
aq = "Standard-room games on weekdays before 5pm"
cl(T, aq, "Standard-room games on weekdays before 5pm are $34 a player, which is the cheapest way to play with us", "$34 a player", 34, 34, "AUD/person", "=", "standard room on a weekday before 5pm", "price per player", "price")
aq = "Dragon Egg is a 45-minute game"
cl(T, aq, "Dragon Egg is a 45-minute game, which is about right for younger children and their attention spans", "45-minute", 45, 45, "minute", "=", "Dragon Egg", "game length", "duration")
aq = "Lighthouse is rated 3 out of 5 for difficulty"
cl(T, aq, "Lighthouse is rated 3 out of 5 for difficulty, so it's a good first room if you've never done an escape game", "3 out of 5", 3, 3, "rating out of 5", "=", "Lighthouse", "difficulty rating", "other")
aq = "The briefing before your game takes 5 to 10 minutes"
cl(T, aq, "The briefing before your game takes 5 to 10 minutes, and it covers the rules, the emergency exit and how to ask for help", "5 to 10 minutes", 5, 10, "minute", "=", "briefing", "duration", "duration")
aq = "Dragon Egg is for children aged 6 and over"
sq = "Dragon Egg is for children aged 6 and over, and at least one adult has to go into the room with them"
cl(T, aq, sq, "aged 6 and over", 6, None, "year", ">=", "Dragon Egg player", "minimum age", "limit")
cl(T, aq, sq, "at least one adult", 1, None, "adults", ">=", "Dragon Egg team", "adults in the room", "limit")

# game master handbook (10 answers)
aq = "Teams are allowed five clues from the game master at no cost."
cl(M, aq, "Teams are allowed five clues from the game master at no cost", "five clues", 5, 5, "hints", "=", "team", "free hints", "count")
cl(M, aq, "After that, each extra clue adds two minutes to their finishing time on the leaderboard", "two minutes", 2, 2, "minute", "=", "extra clue", "time penalty", "duration")
aq = "Corporate packages are $65 per head"
sq = "Corporate packages are $65 per head plus a $150 room hire fee, so a group of 20 comes to $1,350"
cl(M, aq, sq, "$65 per head", 65, 65, "AUD/person", "=", "corporate package", "price per person", "price")
cl(M, aq, sq, "$150", 150, 150, "AUD", "=", "corporate package", "room hire fee", "price")
cl(M, aq, sq, "a group of 20", 20, 20, "people", "=", "example corporate group", "group size", "count")
cl(M, aq, sq, "$1,350", 1350, 1350, "AUD", "=", "corporate package for 20 people", "total price", "price")
aq = "(2022) There are four rooms to choose from"
cl(M, aq, "(2022) There are four rooms to choose from, and each can only be booked by one team at a time", "four rooms", 4, 4, "rooms", "=", "Tinderbox", "rooms", "count")
aq = "As of 2025, only about 28% of teams beat the clock"
cl(M, aq, "As of 2025, only about 28% of teams beat the clock, so never promise anyone an easy win", "about 28%", 28, 28, "%", "~", "teams", "share that escape in time", "percentage")
aq = "The party lounge is $60 for up to 10 guests."
sq = "The party lounge is $60 for up to 10 guests"
cl(M, aq, sq, "$60", 60, 60, "AUD", "=", "party lounge for up to 10 guests", "hire price", "price")
cl(M, aq, sq, "up to 10 guests", None, 10, "guests", "<=", "party lounge at $60", "guests", "limit")
aq = "Corporate and school bookings need 7 days' notice"
cl(M, aq, "Corporate and school bookings need 7 days' notice to change the date", "7 days' notice", 7, None, "day", ">=", "corporate or school booking", "notice needed to change the date", "duration")
aq = "Peak games are $42 a player"
sq = "Peak games are $42 a player, so a team of four pays $168"
cl(M, aq, sq, "$42 a player", 42, 42, "AUD/person", "=", "peak game", "price per player", "price")
cl(M, aq, sq, "four", 4, 4, "players", "=", "example team", "team size", "count")
cl(M, aq, sq, "$168", 168, 168, "AUD", "=", "peak game for four players", "total price", "price")
aq = "Large groups plan further ahead than families do."
cl(M, aq, "For example, a big office Christmas party might book as early as five months ahead", "as early as five months ahead", None, 5, "month", "<=", "office Christmas party", "booking lead time", "duration", True)
aq = "Evening and weekend games were $38 a player"
cl(M, aq, "Evening and weekend games were $38 a player before the 2024 price change", "$38 a player", 38, 38, "AUD/person", "=", "evening and weekend game before the 2024 price change", "old price per player", "price")
aq = "Resetting a room can take up to 30 minutes"
cl(M, aq, "Resetting a room can take up to 30 minutes, so never book the same room back to back without a gap in the diary", "up to 30 minutes", None, 30, "minute", "<=", "room reset", "duration", "duration")

# Google Docs FAQ page (9 answers)
aq = "Yes. Students get 15% off the $42 evening price"
sq = "Students get 15% off the $42 evening price, which brings a ticket down to $36.70 each"
cl(H, aq, sq, "15% off", 15, 15, "%", "=", "students", "discount", "percentage")
cl(H, aq, sq, "$42", 42, 42, "AUD/person", "=", "evening game", "full price per player", "price")
cl(H, aq, sq, "$36.70", 36.7, 36.7, "AUD/person", "=", "evening game with student discount", "discounted price per player", "price")
aq = "Every team gets three free hints."
cl(H, aq, "Every team gets three free hints", "three free hints", 3, 3, "hints", "=", "team", "free hints", "count")
aq = "As of 2025, Tinderbox has six games running"
cl(H, aq, "As of 2025, Tinderbox has six games running, from the gentle Dragon Egg all the way to Lighthouse Midnight", "six games", 6, 6, "rooms", "=", "Tinderbox", "rooms", "count")
aq = "(2023) 41% of teams make it out in time."
cl(H, aq, "(2023) 41% of teams make it out in time", "41%", 41, 41, "%", "=", "teams", "share that escape in time", "percentage")
aq = "Players must be at least 14 to take part"
cl(H, aq, "Players must be at least 14 to take part without a grown-up in the team", "at least 14", 14, None, "year", ">=", "player without an adult", "minimum age", "limit")
aq = "Our safety briefing lasts about 7 minutes."
cl(H, aq, "Our safety briefing lasts about 7 minutes", "about 7 minutes", 7, 7, "minute", "~", "briefing", "duration", "duration")
aq = "Lighthouse Midnight runs for 90 minutes"
sq = "Lighthouse Midnight runs for 90 minutes instead of the usual hour, and it is played almost entirely by torchlight"
cl(H, aq, sq, "90 minutes", 90, 90, "minute", "=", "Lighthouse Midnight", "game length", "duration")
cl(H, aq, sq, "the usual hour", 1, 1, "hour", "=", "standard room", "game length", "duration")
aq = "We cannot let anyone younger than 6 play Dragon Egg."
cl(H, aq, "We cannot let anyone younger than 6 play Dragon Egg", "younger than 6", 6, None, "year", ">=", "Dragon Egg player", "minimum age", "limit")
aq = "For 11 to 20 guests the lounge costs $90"
sq = "For 11 to 20 guests the lounge costs $90 for an hour"
cl(H, aq, sq, "11 to 20 guests", 11, 20, "guests", "=", "party lounge at $90", "guests", "count")
cl(H, aq, sq, "$90", 90, 90, "AUD", "=", "party lounge for 11 to 20 guests", "hire price", "price")
cl(H, aq, sq, "an hour", 1, 1, "hour", "=", "party lounge hire", "hire time", "duration")

# Strapi FAQ entries (8 answers)
aq = "The biggest group we can fit in Shipwreck Cove is six people."
cl(J, aq, "The biggest group we can fit in Shipwreck Cove is six people", "six people", None, 6, "players", "<=", "Shipwreck Cove", "team size", "limit")
cl(J, aq, "Bigger teams can split across two rooms and compare times afterwards", "two rooms", 2, 2, "rooms", "=", "team too big for Shipwreck Cove", "rooms used", "count")
aq = "Gift vouchers are valid for 12 months"
cl(J, aq, "Gift vouchers are valid for 12 months from the date of purchase and can be used for any standard room", "12 months", 12, 12, "month", "=", "gift voucher", "validity", "duration")
aq = "(2023) A $50 deposit holds a group booking"
cl(J, aq, "(2023) A $50 deposit holds a group booking, and the rest is paid on the day", "$50", 50, 50, "AUD", "=", "group booking", "deposit", "price")
aq = "Evening and weekend sessions in our standard rooms"
cl(J, aq, "Evening and weekend sessions in our standard rooms cost $42 per person, and every player pays the same price whatever the team size", "$42 per person", 42, 42, "AUD/person", "=", "standard room in the evening or at the weekend", "price per player", "price")
aq = "Private bookings can be moved free of charge"
cl(J, aq, "Private bookings can be moved free of charge with 48 hours' notice", "48 hours' notice", 48, None, "hour", ">=", "private booking", "notice needed to change the date", "duration")
aq = "Members of the Keyholder Club save 20% on every game"
sq = "Members of the Keyholder Club save 20% on every game, so an off-peak $34 ticket costs them $27.20"
cl(J, aq, sq, "20%", 20, 20, "%", "=", "Keyholder Club members", "discount", "percentage")
cl(J, aq, sq, "$34", 34, 34, "AUD/person", "=", "off-peak ticket", "full price per player", "price")
cl(J, aq, sq, "$27.20", 27.2, 27.2, "AUD/person", "=", "off-peak ticket for a Keyholder Club member", "discounted price per player", "price")
aq = "Most groups book about two weeks before their game."
cl(J, aq, "Most groups book about two weeks before their game", "about two weeks", 2, 2, "week", "~", "group booking", "booking lead time", "duration")
aq = "Our game masters have to reset every lock and clue"
cl(J, aq, "Most resets are done in about 15 minutes, and we build that gap into the timetable", "about 15 minutes", 15, 15, "minute", "~", "room reset", "duration", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(labels["conflicts"]), "conflicts,", len(labels["traps"]), "traps,", len(C), "claims")
