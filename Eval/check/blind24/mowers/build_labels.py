#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the mowers domain (Grassling Robotics)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, J, Z = "chat-replies.txt", "support-playbook.md", "owners-faq.html", "product-answers.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The Jimdo FAQ page says Grassling Care replaces worn blades, the battery, the charging dock and the drive wheels, while the support playbook says Care members are covered for battery and charging-station failures only (blades and wheels are wear parts).",
  "what the Grassling Care plan covers", side(J, "Grassling Care replaces worn blades, the battery, the charging dock and the drive wheels"), side(M, "Care members are covered for battery and charging-station failures only")),
 ("list", "The chat replies name Alexa, Google Assistant and Siri Shortcuts, while the Zim product answers limit voice control to Amazon Alexa and Google Assistant.",
  "voice assistants that work with the mower", side(T, "Grassling works with Alexa, Google Assistant and Siri Shortcuts"), side(Z, "Voice control is limited to Amazon Alexa and Google Assistant")),
 ("list", "The Zim product answers sell the mower in meadow green, slate gray and sandstone, while the Jimdo FAQ page says body shells come in green or gray only.",
  "mower colors", side(Z, "The mower is sold in meadow green, slate gray and sandstone"), side(J, "Body shells come in green or gray only")),
 # polarity
 ("polarity", "The Jimdo FAQ page says the mower keeps mowing through light rain, while the Zim product answers say the rain sensor sends it home at the first drops and it won't cut wet grass.",
  "mowing in the rain", side(J, "Your Grassling keeps mowing through light rain"), side(Z, "the sensor sends the mower home, and it won't cut wet grass")),
 ("polarity", "The chat replies say laying the boundary wire yourself won't affect the warranty, while the support playbook says the warranty is void unless a certified installer puts in the wire.",
  "warranty after laying the boundary wire yourself", side(T, "Laying the boundary wire yourself won't affect your warranty"), side(M, "The warranty is void unless a certified installer puts in the wire")),
 ("polarity", "The support playbook says the free app runs the mower with no subscription, while the Jimdo FAQ page says controlling the mower from a phone needs an active Connect plan.",
  "phone app control without a subscription", side(M, "The free app runs the mower over Bluetooth and home Wi-Fi with no subscription"), side(J, "To control the mower from your phone you need an active Connect plan")),
 # numeric
 ("numeric", "The Zim product answers give a three-year limited warranty, while the chat replies cover manufacturing defects for 24 months.",
  "warranty period", side(Z, "Every Grassling comes with a three-year limited warranty"), side(T, "Manufacturing defects are covered for 24 months from the delivery date")),
 ("numeric", "The Jimdo FAQ page gives 60 days to try the mower at home, while the chat replies allow a refund within 30 days of delivery.",
  "trial and return period", side(J, "You have 60 days to try your Grassling at home"), side(T, "send a mower back for a full refund within 30 days of delivery")),
 ("numeric", "The support playbook says the G2 climbs slopes up to 35%, while the Zim product answers say it copes with inclines as steep as 45 percent.",
  "maximum slope for the G2", side(M, "The G2 can climb slopes up to 35%"), side(Z, "The G2 copes with inclines as steep as 45 percent")),
 ("numeric", "The chat replies price Connect at $4.99 a month, while the Jimdo FAQ page bills it at $5.99 monthly.",
  "monthly price of the Connect subscription", side(T, "Connect costs $4.99 a month"), side(J, "A Connect subscription is billed at $5.99 monthly")),
 # arithmetic
 ("arithmetic", "2 x (90 + 150) feet is 480 feet, not 420.",
  "perimeter of a 90 by 150 foot lawn", side(M, "A rectangular lawn 90 feet by 150 feet"), side(M, "has a perimeter of 420 feet")),
 ("arithmetic", "$1,899 / 12 at 0% APR is $158.25 a month, not $148.25.",
  "monthly payment for the G3 on 12-month 0% financing", side(J, "With 0% APR financing over 12 months, the $1,899 G3"), side(J, "works out to $148.25 a month")),
 ("arithmetic", "3 hours a day x 5 days is 15 hours a week, not 18.",
  "weekly mowing hours of the G2 in peak season", side(Z, "scheduled for 3 hours a day, 5 days a week"), side(Z, "which adds up to 18 hours of cutting each week")),
 # stale
 ("stale", "A 2023 reply prices the G2 at $1,199, while a 2025 answer gives its list price as $1,299.",
  "list price of the G2", side(T, "(2023) The G2 retails for $1,199"), side(J, "Since 2025, the G2's list price has been $1,299")),
 ("stale", "A 2022 answer counts 140 certified installers, while a 2025 entry counts 320 trained technicians.",
  "size of the installer network", side(Z, "(2022) There are 140 certified Grassling installers nationwide"), side(M, "As of 2025, our installer network counts 320 trained technicians")),
 ("stale", "A 2023 entry prices the winter service at $129, while a 2025 reply prices winterizing and storage at $149.",
  "price of the winter service", side(M, "(2023) Our winter service, a tune-up plus storage until spring, is $129"), side(T, "As of 2025, winterizing and storing your mower over the off-season costs $149")),
]

traps = [
 ("Different model: the G1 is for lawns up to half an acre, the G3 for up to an acre and a half.",
  side(T, "The G1 is built for lawns of up to half an acre"), side(Z, "The G3 handles as much as an acre and a half")),
 ("Different region: an installer within 10 days in most metro areas, up to three weeks in rural ZIP codes.",
  side(J, "In most metro areas, an installer can visit within 10 days"), side(M, "Rural ZIP codes can wait up to three weeks for an installer")),
 ("Different condition: about 90 minutes a charge on a flat lawn, closer to 60 minutes on hilly yards.",
  side(Z, "On a flat lawn, a full battery gives about 90 minutes of mowing"), side(T, "On hilly yards, expect closer to 60 minutes of mowing per charge")),
 ("Different lawn size (tier): installation is $299 under half an acre, $449 for half an acre or more.",
  side(M, "Professional installation is $299 for lawns under half an acre"), side(J, "Installing wire on lawns of half an acre or more costs $449")),
 ("Similarly named accessories: the TrailCam add-on is $79, the TrailCam 360 $149.",
  side(T, "The TrailCam add-on is $79"), side(Z, "The TrailCam 360 costs $149")),
 ("Same value in other units: 41°F is 5°C.",
  side(J, "The dock stops charging the battery below 41°F"), side(M, "Batteries won't take a charge when it's colder than 5°C")),
 ("Correct computation: three bags of 100 stakes at $15 are $45.",
  side(T, "Extra wire stakes come in bags of 100 for $15"), side(T, "so 300 stakes will set you back $45")),
 ("Correct percentage: 6% of $899 is $53.94.",
  side(Z, "Pennsylvania charges a 6% state rate"), side(Z, "an $899 G1 shipped there carries $53.94 in tax")),
 ("A range containing the other value: 3 to 5 business days contains about four business days.",
  side(M, "Orders usually arrive in 3 to 5 business days"), side(T, "Most orders reach you in about four business days")),
 ("A hedged example (a yard full of flower beds might need as much as 1,200 feet of wire) vs the typical yard (about 500 feet).",
  side(J, "For example, a yard full of flower beds might need as much as 1,200 feet"), side(Z, "Most yards use about 500 feet of boundary wire")),
 ("An old value marked as old: blade packs used to cost $19 before 2024; a pack is $24 now.",
  side(Z, "Blade packs used to cost $19 before 2024"), side(M, "A pack of nine replacement blades is $24")),
 ("'Up to' vs a typical value: an installation visit can take up to 4 hours on a complicated lawn, most installs take about two hours.",
  side(T, "An installation visit can take up to 4 hours"), side(J, "Most installs are done in about two hours")),
 ("An open list ('grass types such as tall fescue, Kentucky bluegrass, perennial ryegrass and zoysia') with an extra item (Bermuda grass).",
  side(M, "It handles grass types such as tall fescue, Kentucky bluegrass, perennial ryegrass and zoysia"), side(Z, "Grassling also mows Bermuda grass")),
 ("The same rule in both directions: never lift while the blades spin / pick up only once the blades have stopped.",
  side(J, "Never lift the mower while the blades are still spinning"), side(T, "Only pick up your mower once the blades have come to a complete stop")),
]

labels = {"domain": "Grassling Robotics, a fictional maker of robotic lawn mowers in Dayton, Ohio, selling to US consumers (prices in US dollars; sales tax by state): the G1, G2 and G3 mowers, boundary wire and stakes, professional installation and installers, the Grassling Care plan and the Connect subscription, TrailCam accessories, blades, batteries and charging, rain and cold weather, slopes, grasses, colors, voice assistants, warranty, trial and returns, delivery, financing and the winter service.",
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

# chat replies (9 answers)
aq = "Manufacturing defects are covered for 24 months"
cl(T, aq, "Manufacturing defects are covered for 24 months from the delivery date, parts and labor included", "24 months", 24, 24, "month", "=", "Grassling mower", "warranty period", "duration")
aq = "You can send a mower back for a full refund"
cl(T, aq, "You can send a mower back for a full refund within 30 days of delivery, as long as you kept the box", "within 30 days", None, 30, "day", "<=", "mower purchase", "trial and return period", "duration")
aq = "Connect costs $4.99 a month"
sq = "Connect costs $4.99 a month, or $49 if you pay for the whole year up front, and adds GPS tracking and theft alerts"
cl(T, aq, sq, "$4.99 a month", 4.99, 4.99, "USD/month", "=", "Connect subscription", "monthly price", "price")
cl(T, aq, sq, "$49", 49, 49, "USD/year", "=", "Connect subscription", "annual price", "price")
aq = "(2023) The G2 retails for $1,199"
sq = "(2023) The G2 retails for $1,199 with the charging dock and 650 feet of wire in the box"
cl(T, aq, sq, "$1,199", 1199, 1199, "USD", "=", "G2 mower", "list price", "price")
cl(T, aq, sq, "650 feet", 650, 650, "ft", "=", "G2 box", "boundary wire included", "other")
aq = "As of 2025, winterizing and storing your mower"
cl(T, aq, "As of 2025, winterizing and storing your mower over the off-season costs $149, and we collect it from your door in November", "$149", 149, 149, "USD", "=", "winter service", "price", "price")
aq = "The G1 is built for lawns of up to half an acre"
cl(T, aq, "The G1 is built for lawns of up to half an acre, which covers most suburban front and back yards", "up to half an acre", None, 0.5, "acre", "<=", "G1 mower", "maximum lawn size", "limit")
aq = "On hilly yards, expect closer to 60 minutes"
cl(T, aq, "On hilly yards, expect closer to 60 minutes of mowing per charge, since climbing drains the battery faster", "closer to 60 minutes", 60, 60, "minute", "~", "mower on a hilly yard", "mowing time per charge", "duration")
aq = "Extra wire stakes come in bags of 100"
sq = "Extra wire stakes come in bags of 100 for $15, so 300 stakes will set you back $45"
cl(T, aq, sq, "bags of 100", 100, 100, "stakes", "=", "bag of wire stakes", "stakes per bag", "count")
cl(T, aq, sq, "$15", 15, 15, "USD", "=", "bag of 100 wire stakes", "price per bag", "price")
cl(T, aq, sq, "300 stakes", 300, 300, "stakes", "=", "example stake order", "stakes ordered", "count")
cl(T, aq, sq, "$45", 45, 45, "USD", "=", "300 wire stakes", "total price", "price")
aq = "Most orders reach you in about four business days"
cl(T, aq, "Most orders reach you in about four business days, and you'll get a tracking link by text", "about four business days", 4, 4, "business day", "~", "order", "delivery time", "duration")

# support playbook (9 answers)
aq = "Care members are covered for battery"
cl(M, aq, "Blades and wheels count as wear parts, and Care itself is $99 a year", "$99 a year", 99, 99, "USD/year", "=", "Grassling Care", "annual price", "price")
aq = "The G2 can climb slopes up to 35%"
cl(M, aq, "The G2 can climb slopes up to 35%", "up to 35%", None, 35, "%", "<=", "G2 mower", "maximum slope", "limit")
aq = "Measure along the lawn edge."
sq = "A rectangular lawn 90 feet by 150 feet has a perimeter of 420 feet, so the 650 feet of wire in the box is plenty"
cl(M, aq, sq, "90 feet", 90, 90, "ft", "=", "example rectangular lawn", "width", "other")
cl(M, aq, sq, "150 feet", 150, 150, "ft", "=", "example rectangular lawn", "length", "other")
cl(M, aq, sq, "420 feet", 420, 420, "ft", "=", "example rectangular lawn", "perimeter", "other")
cl(M, aq, sq, "650 feet", 650, 650, "ft", "=", "mower box", "boundary wire included", "other")
aq = "(2023) Our winter service"
cl(M, aq, "(2023) Our winter service, a tune-up plus storage until spring, is $129", "$129", 129, 129, "USD", "=", "winter service", "price", "price")
aq = "Rural ZIP codes can wait up to three weeks"
cl(M, aq, "Rural ZIP codes can wait up to three weeks for an installer, so mention it before the customer pays for installation", "up to three weeks", None, 3, "week", "<=", "installation in a rural ZIP code", "wait for an installer", "duration")
aq = "Professional installation is $299"
sq = "Professional installation is $299 for lawns under half an acre, including the wire layout and a test run"
cl(M, aq, sq, "$299", 299, 299, "USD", "=", "installation on a lawn under half an acre", "installation price", "price")
cl(M, aq, sq, "under half an acre", None, 0.5, "acre", "<", "lawn for the standard installation price", "lawn size", "limit")
aq = "Batteries won't take a charge"
cl(M, aq, "Batteries won't take a charge when it's colder than 5°C, which is why the dock light blinks amber on frosty mornings", "colder than 5°C", None, 5, "°C", "<", "battery charging", "charging cut-off temperature", "other")
aq = "Orders usually arrive in 3 to 5 business days"
cl(M, aq, "Orders usually arrive in 3 to 5 business days from our warehouse in Dayton, Ohio", "3 to 5 business days", 3, 5, "business day", "=", "order", "delivery time", "duration")
aq = "A pack of nine replacement blades is $24"
sq = "A pack of nine replacement blades is $24, and blades should be swapped every 6 to 8 weeks of mowing"
cl(M, aq, sq, "nine replacement blades", 9, 9, "blades", "=", "blade pack", "blades per pack", "count")
cl(M, aq, sq, "$24", 24, 24, "USD", "=", "blade pack", "price", "price")
cl(M, aq, sq, "every 6 to 8 weeks", 6, 8, "week", "=", "mower blades", "replacement interval", "duration")

# owners FAQ, Jimdo Creator page (8 answers)
aq = "You have 60 days to try your Grassling"
cl(J, aq, "You have 60 days to try your Grassling at home", "60 days", 60, 60, "day", "=", "mower purchase", "trial and return period", "duration")
aq = "A Connect subscription is billed at $5.99 monthly"
cl(J, aq, "A Connect subscription is billed at $5.99 monthly and includes cellular data, so the mower stays online beyond your Wi-Fi", "$5.99 monthly", 5.99, 5.99, "USD/month", "=", "Connect subscription", "monthly price", "price")
aq = "Yes. With 0% APR financing"
sq = "With 0% APR financing over 12 months, the $1,899 G3 works out to $148.25 a month"
cl(J, aq, sq, "0% APR", 0, 0, "%", "=", "G3 financing", "interest rate", "percentage")
cl(J, aq, sq, "12 months", 12, 12, "month", "=", "G3 financing", "loan term", "duration")
cl(J, aq, sq, "$1,899", 1899, 1899, "USD", "=", "G3 mower", "list price", "price")
cl(J, aq, sq, "$148.25 a month", 148.25, 148.25, "USD/month", "=", "G3 financing", "monthly payment", "price")
aq = "Since 2025, the G2's list price"
cl(J, aq, "Since 2025, the G2's list price has been $1,299, and sales tax is added at checkout based on your state", "$1,299", 1299, 1299, "USD", "=", "G2 mower", "list price", "price")
aq = "In most metro areas, an installer can visit"
cl(J, aq, "In most metro areas, an installer can visit within 10 days of your order", "within 10 days", None, 10, "day", "<=", "installation in a metro area", "wait for an installer", "duration")
aq = "Installing wire on lawns of half an acre"
sq = "Installing wire on lawns of half an acre or more costs $449, and the installer brings any extra wire needed"
cl(J, aq, sq, "half an acre or more", 0.5, None, "acre", ">=", "lawn for the larger installation price", "lawn size", "limit")
cl(J, aq, sq, "$449", 449, 449, "USD", "=", "installation on a lawn of half an acre or more", "installation price", "price")
aq = "The dock stops charging the battery below 41°F"
cl(J, aq, "The dock stops charging the battery below 41°F and starts again by itself once it warms up", "below 41°F", None, 41, "°F", "<", "battery charging", "charging cut-off temperature", "other")
aq = "Every lawn is different."
cl(J, aq, "For example, a yard full of flower beds might need as much as 1,200 feet of wire", "as much as 1,200 feet", None, 1200, "ft", "<=", "yard with many flower beds", "boundary wire needed", "other", True)

# product answers, Zim export (10 answers)
aq = "Every Grassling comes with a three-year"
cl(Z, aq, "Every Grassling comes with a three-year limited warranty covering the mower and the dock", "three-year", 3, 3, "year", "=", "Grassling mower", "warranty period", "duration")
aq = "The G2 copes with inclines"
cl(Z, aq, "The G2 copes with inclines as steep as 45 percent, provided the grass is dry", "as steep as 45 percent", None, 45, "%", "<=", "G2 mower", "maximum slope", "limit")
aq = "In peak season the G2 is scheduled"
sq = "In peak season the G2 is scheduled for 3 hours a day, 5 days a week, which adds up to 18 hours of cutting each week"
cl(Z, aq, sq, "3 hours a day", 3, 3, "hour/day", "=", "G2 peak-season schedule", "mowing hours per day", "duration")
cl(Z, aq, sq, "5 days a week", 5, 5, "day/week", "=", "G2 peak-season schedule", "mowing days per week", "duration")
cl(Z, aq, sq, "18 hours", 18, 18, "hour/week", "=", "G2 peak-season schedule", "mowing hours per week", "duration")
aq = "(2022) There are 140 certified"
cl(Z, aq, "(2022) There are 140 certified Grassling installers nationwide, most of them in the Midwest", "140 certified Grassling installers", 140, 140, "installers", "=", "Grassling installer network", "certified installers", "count")
aq = "The G3 handles as much as an acre and a half"
sq = "The G3 handles as much as an acre and a half, with a wider 11-inch cutting deck"
cl(Z, aq, sq, "as much as an acre and a half", None, 1.5, "acre", "<=", "G3 mower", "maximum lawn size", "limit")
cl(Z, aq, sq, "11-inch", 11, 11, "inch", "=", "G3 mower", "cutting deck width", "other")
aq = "On a flat lawn, a full battery gives"
sq = "On a flat lawn, a full battery gives about 90 minutes of mowing, and recharging takes around an hour"
cl(Z, aq, sq, "about 90 minutes", 90, 90, "minute", "~", "mower on a flat lawn", "mowing time per charge", "duration")
cl(Z, aq, sq, "around an hour", 1, 1, "hour", "~", "mower battery", "recharge time", "duration")
aq = "Sales tax depends on the state we ship to."
sq = "Pennsylvania charges a 6% state rate, so an $899 G1 shipped there carries $53.94 in tax"
cl(Z, aq, sq, "6%", 6, 6, "%", "=", "Pennsylvania", "state sales tax rate", "percentage")
cl(Z, aq, sq, "$899", 899, 899, "USD", "=", "G1 mower", "list price", "price")
cl(Z, aq, sq, "$53.94", 53.94, 53.94, "USD", "=", "G1 shipped to Pennsylvania", "sales tax", "price")
aq = "Most yards use about 500 feet"
cl(Z, aq, "Most yards use about 500 feet of boundary wire, measured around the edges and any beds", "about 500 feet", 500, 500, "ft", "~", "typical yard", "boundary wire needed", "other")
aq = "Blade packs used to cost $19 before 2024"
cl(Z, aq, "Blade packs used to cost $19 before 2024, when the supplier switched to hardened steel", "$19", 19, 19, "USD", "=", "blade pack (old price)", "price", "price")
aq = "Grassling also mows Bermuda grass"
cl(Z, aq, "Grassling also mows Bermuda grass, as long as the cutting height is set to 1.5 inches or more", "1.5 inches or more", 1.5, None, "inch", ">=", "Bermuda grass", "minimum cutting height", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
