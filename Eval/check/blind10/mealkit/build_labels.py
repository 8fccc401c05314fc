#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the mealkit domain (Crateful meal kits)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "box-help.txt", "care-team-playbook.md", "help-centre.html", "kb-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The box help delivers on Tuesdays, Wednesdays and Fridays, while the help centre says the vans run on Tuesday and Wednesday only.",
  "delivery days", side(T, "We deliver on Tuesdays, Wednesdays and Fridays"), side(H, "Our vans run on Tuesday and Wednesday only")),
 ("list", "The playbook lists four menus (Classic, Veggie, Family and Low-Cal), while the knowledge base says there are three: Classic, Veggie and Family.",
  "menus on offer", side(M, "choose from the Classic, Veggie, Family and Low-Cal menus"), side(J, "We offer three menus: Classic, Veggie and Family")),
 ("list", "The help centre offers live chat, email or phone, while the knowledge base offers chat and email only, with no phone line.",
  "ways to contact customer care", side(H, "You can reach our care team by live chat, email or phone"), side(J, "Customer care is available by chat and email only")),
 # polarity
 ("polarity", "The box help says deliveries can be paused for as many weeks as you like, while the playbook says subscriptions can't be paused, only skipped week by week.",
  "pausing a subscription", side(T, "You can pause deliveries for as many weeks as you like"), side(M, "Subscriptions can't be paused, but customers can skip individual weeks")),
 ("polarity", "The help centre says the driver collects used ice packs and liners, while the knowledge base says Crateful can't take packaging back.",
  "collecting used packaging", side(H, "Our driver will collect your used ice packs and liners"), side(J, "We aren't able to take packaging back")),
 ("polarity", "The playbook says every recipe is prepared in a nut-free kitchen, while the knowledge base says nuts are handled in the kitchen and no meal is guaranteed nut-free.",
  "whether recipes are nut-free", side(M, "Every Crateful recipe is prepared in a nut-free kitchen"), side(J, "Nuts are handled in our kitchen, so we can't guarantee")),
 # numeric
 ("numeric", "The box help allows changes until 5 days before delivery, while the help centre closes edits 6 days before.",
  "cut-off for changing an order", side(T, "skip a box until 5 days before it's due to arrive"), side(H, "Edits to your order close 6 days before your delivery day")),
 ("numeric", "The help centre charges €3.99 delivery per box, while the playbook charges €4.50 on every order.",
  "delivery charge", side(H, "Delivery costs €3.99 per box, wherever you are"), side(M, "We charge €4.50 for delivery on every order")),
 ("numeric", "The box help says to cook meat and fish within 3 days, while the knowledge base says they stay fresh for 5 days in the fridge.",
  "how long meat and fish keep in the fridge", side(T, "cook the meat and fish within 3 days"), side(J, "Meat and fish in your box stay fresh for 5 days")),
 ("numeric", "The playbook gives €20 of credit for a referral, while the knowledge base gives €15 off the next box.",
  "referral credit", side(M, "through a customer's link, the customer gets €20 of credit"), side(J, "Each successful referral earns you €15 off your next box")),
 # arithmetic
 ("arithmetic", "4 recipes x 2 people = 8 servings; 8 x €5.25 is €42, not €46.",
  "weekly cost of 4 recipes for 2 people at €5.25 a serving", side(H, "choose 4 recipes for 2 people at €5.25 a serving"), side(H, "your weekly total is €46 before delivery")),
 ("arithmetic", "60% off €55 leaves €22, not €27.",
  "price of a €55 first box at 60% off", side(M, "With 60% off the first box, a €55 box"), side(M, "costs the customer €27, and delivery is charged as normal")),
 ("arithmetic", "4 x €3.50 is €14, not €12.",
  "cost of a €3.50 dessert add-on for 4 weeks", side(T, "A dessert add-on is €3.50 a box, so if you add one for 4 weeks"), side(T, "you'll spend €12 on desserts")),
 # stale
 ("stale", "A 2022 answer has 18 recipes on the weekly menu, while a 2025 answer has 30.",
  "recipes on the weekly menu", side(J, "(2022) Our weekly menu has 18 recipes"), side(H, "As of 2025, there are 30 recipes to choose from every week")),
 ("stale", "A 2021 note delivers to 12 counties, while a 2024 answer delivers to all 26.",
  "counties Crateful delivers to", side(M, "(2021) We deliver to 12 counties, mostly along the east coast"), side(T, "Since 2024, Crateful boxes can be delivered to all 26 counties")),
 ("stale", "A 2022 answer makes gift cards valid for 12 months, while a 2025 note makes them valid for 5 years.",
  "gift card validity", side(J, "(2022) Gift cards can be used for 12 months"), side(M, "As of 2025, gift cards stay valid for 5 years")),
]

traps = [
 ("Different condition (day of the week): weekday emails are answered within 4 hours, weekend messages within 24 hours.",
  side(H, "Emails sent on a weekday are answered within 4 hours"), side(J, "Messages that arrive at the weekend get a reply within 24 hours")),
 ("Different plan size: the 2-person plan needs at least 3 recipes a week, the 4-person plan as few as 2.",
  side(T, "On the 2-person plan, you choose at least 3 recipes a week"), side(H, "The 4-person plan lets you order as few as 2 recipes a week")),
 ("Different tier of recipe: Premium adds €2.50 per serving, Signature €4.",
  side(M, "Premium recipes, like sirloin steak or sea bass, add €2.50 per serving"), side(J, "Signature recipes carry a €4 supplement per serving")),
 ("Different region: a 1-hour delivery slot in Dublin, a 4-hour window outside Dublin.",
  side(T, "In Dublin, you can pick a 1-hour delivery slot"), side(M, "Outside Dublin, deliveries arrive in a 4-hour window")),
 ("Similarly named products: Family box recipes serve 4, Family Feast box recipes serve 6.",
  side(H, "Each Family box recipe serves 4"), side(J, "Family Feast box recipes serve 6")),
 ("Same value in other units: 48 hours is 2 days.",
  side(M, "keep everything chilled for 48 hours after delivery"), side(H, "your box stays cold for up to 2 days")),
 ("Correct computation: 3 x 4 = 12 servings and 12 x €4.40 = €52.80.",
  side(J, "Three recipes for four people is 12 servings"), side(J, "At €4.40 a serving, the box costs €52.80 before delivery")),
 ("Correct percentage: 20% off €45 is €36.",
  side(T, "Students get 20% off every box with a verified student email"), side(T, "so a €45 box costs €36")),
 ("The typical 7 kg box lies inside the 6 to 9 kg range.",
  side(J, "Boxes usually weigh between 6 and 9 kg"), side(T, "A typical box weighs about 7 kg")),
 ("90 minutes is a hedged example ('For example ... might'), not the usual 35 minutes.",
  side(J, "For example, a slow-roast recipe might take 90 minutes"), side(M, "Our recipes usually take around 35 minutes from start to finish")),
 ("The €9 breakfast pack price is explicitly the pre-2023 value; €11 is current.",
  side(M, "The breakfast pack used to be €9 before our 2023 price change"), side(H, "Add a breakfast pack for €11 a week")),
 ("'Up to 12 ingredients' is the maximum; most recipes use around 8.",
  side(T, "Each recipe uses up to 12 ingredients"), side(J, "Most of our recipes use around 8 ingredients")),
 ("The add-on list is open ('including'), so fresh-pressed juices are consistent.",
  side(H, "add-ons including desserts, breakfast packs and sourdough bread"), side(T, "Fresh-pressed juices are another add-on you can tick")),
 ("The same 7-day window for reporting missing items stated in both directions.",
  side(T, "Tell us about a missing or damaged item within 7 days"), side(M, "We can't credit missing items reported more than 7 days after delivery")),
]

DOMAIN = ("Crateful, a fictional Irish meal-kit delivery company (EUR): delivery days, areas, slots and charges, menus "
          "and plan sizes, prices per serving and supplements, add-ons, first-box and student discounts, referrals, "
          "gift cards, pausing and order cut-offs, packaging, allergens, food freshness and customer care.")
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

# box help (10 answers)
aq = "You can change recipes, swap your delivery day"
cl(T, aq, "You can change recipes, swap your delivery day or skip a box until 5 days before it's due to arrive", "5 days before", 5, 5, "day", "=", "order changes", "cut-off before delivery", "duration")
aq = "Pop everything in the fridge"
cl(T, aq, "Pop everything in the fridge as soon as it arrives, and cook the meat and fish within 3 days", "within 3 days", None, 3, "day", "<=", "meat and fish in the box", "time to cook after delivery", "duration")
aq = "Fancy something sweet?"
sq = "A dessert add-on is €3.50 a box, so if you add one for 4 weeks in a row you'll spend €12 on desserts"
cl(T, aq, sq, "€3.50 a box", 3.5, 3.5, "EUR", "=", "dessert add-on", "price per box", "price")
cl(T, aq, sq, "4 weeks", 4, 4, "week", "=", "dessert add-on example", "number of weeks", "duration")
cl(T, aq, sq, "€12", 12, 12, "EUR", "=", "dessert add-on for 4 weeks", "total cost", "price")
aq = "Since 2024, Crateful boxes can be delivered"
cl(T, aq, "Since 2024, Crateful boxes can be delivered to all 26 counties, from Donegal right down to Cork", "all 26 counties", 26, 26, "counties", "=", "Crateful delivery area", "counties served", "count")
aq = "On the 2-person plan, you choose at least 3 recipes"
cl(T, aq, "On the 2-person plan, you choose at least 3 recipes a week, and you can add more any time before the cut-off", "at least 3 recipes a week", 3, None, "recipes/week", ">=", "2-person plan", "minimum recipes per week", "limit")
aq = "In Dublin, you can pick a 1-hour delivery slot"
cl(T, aq, "In Dublin, you can pick a 1-hour delivery slot the evening before your box arrives", "1-hour", 1, 1, "hour", "=", "delivery in Dublin", "delivery slot length", "duration")
aq = "Students get 20% off every box"
sq = "Students get 20% off every box with a verified student email, so a €45 box costs €36"
cl(T, aq, sq, "20% off", 20, 20, "%", "=", "student discount", "discount", "percentage")
cl(T, aq, sq, "€45", 45, 45, "EUR", "=", "example box", "price before discount", "price")
cl(T, aq, sq, "€36", 36, 36, "EUR", "=", "example box", "price after discount", "price")
aq = "A typical box weighs about 7 kg"
cl(T, aq, "A typical box weighs about 7 kg, so our drivers can leave it on a doorstep or with a neighbour if you're out", "about 7 kg", 7, 7, "kg", "~", "typical box", "weight", "other")
aq = "Each recipe uses up to 12 ingredients"
cl(T, aq, "Each recipe uses up to 12 ingredients, and we send everything except salt, pepper and oil", "up to 12 ingredients", None, 12, "ingredients", "<=", "recipe", "number of ingredients", "count")
aq = "Tell us about a missing or damaged item within 7 days"
cl(T, aq, "Tell us about a missing or damaged item within 7 days and we'll put credit on your account straight away", "within 7 days", None, 7, "day", "<=", "missing or damaged item", "reporting window", "duration")

# playbook (11 answers)
aq = "We charge €4.50 for delivery on every order"
cl(M, aq, "We charge €4.50 for delivery on every order, whatever the size of the box", "€4.50", 4.5, 4.5, "EUR", "=", "order", "delivery charge", "price")
aq = "When a friend orders their first box"
cl(M, aq, "When a friend orders their first box through a customer's link, the customer gets €20 of credit on their account", "€20", 20, 20, "EUR", "=", "referral", "credit earned", "price")
aq = "With 60% off the first box"
sq = "With 60% off the first box, a €55 box costs the customer €27, and delivery is charged as normal"
cl(M, aq, sq, "60% off", 60, 60, "%", "=", "first-box offer", "discount", "percentage")
cl(M, aq, sq, "€55", 55, 55, "EUR", "=", "example first box", "price before discount", "price")
cl(M, aq, sq, "€27", 27, 27, "EUR", "=", "example first box", "price after discount", "price")
aq = "(2021) We deliver to 12 counties"
cl(M, aq, "(2021) We deliver to 12 counties, mostly along the east coast", "12 counties", 12, 12, "counties", "=", "Crateful delivery area", "counties served", "count")
aq = "As of 2025, gift cards stay valid for 5 years"
cl(M, aq, "As of 2025, gift cards stay valid for 5 years from the date they're bought", "5 years", 5, 5, "year", "=", "gift card", "validity", "duration")
aq = "Premium recipes, like sirloin steak or sea bass"
cl(M, aq, "Premium recipes, like sirloin steak or sea bass, add €2.50 per serving to the box price", "€2.50 per serving", 2.5, 2.5, "EUR/serving", "=", "Premium recipe", "supplement per serving", "price")
aq = "Outside Dublin, deliveries arrive in a 4-hour window"
cl(M, aq, "Outside Dublin, deliveries arrive in a 4-hour window, and we text the customer their window on the morning", "4-hour", 4, 4, "hour", "=", "delivery outside Dublin", "delivery window length", "duration")
aq = "The ice packs and insulated liner keep everything chilled"
cl(M, aq, "The ice packs and insulated liner keep everything chilled for 48 hours after delivery", "48 hours", 48, 48, "hour", "=", "box with ice packs and liner", "time kept chilled", "duration")
aq = "Our recipes usually take around 35 minutes"
cl(M, aq, "Our recipes usually take around 35 minutes from start to finish, including the prep", "around 35 minutes", 35, 35, "minute", "~", "recipe", "cooking time", "duration")
aq = "The breakfast pack used to be €9"
cl(M, aq, "The breakfast pack used to be €9 before our 2023 price change", "€9", 9, 9, "EUR", "=", "breakfast pack before 2023", "price", "price")
aq = "We can't credit missing items reported more than 7 days"
cl(M, aq, "We can't credit missing items reported more than 7 days after delivery", "more than 7 days", None, 7, "day", "<=", "missing item", "reporting window", "duration")

# help centre (10 answers)
aq = "Edits to your order close 6 days before your delivery day."
cl(H, aq, "Edits to your order close 6 days before your delivery day", "6 days before", 6, 6, "day", "=", "order changes", "cut-off before delivery", "duration")
aq = "Delivery costs €3.99 per box"
cl(H, aq, "Delivery costs €3.99 per box, wherever you are in the country", "€3.99 per box", 3.99, 3.99, "EUR", "=", "box", "delivery charge", "price")
aq = "It depends on your plan."
sq = "If you choose 4 recipes for 2 people at €5.25 a serving, your weekly total is €46 before delivery"
cl(H, aq, sq, "4 recipes", 4, 4, "recipes", "=", "weekly order example", "recipes per week", "count")
cl(H, aq, sq, "2 people", 2, 2, "people", "=", "weekly order example", "people per recipe", "count")
cl(H, aq, sq, "€5.25 a serving", 5.25, 5.25, "EUR/serving", "=", "weekly order example", "price per serving", "price")
cl(H, aq, sq, "€46", 46, 46, "EUR", "=", "weekly order example", "weekly total before delivery", "price")
aq = "As of 2025, there are 30 recipes"
cl(H, aq, "As of 2025, there are 30 recipes to choose from every week, with new ones added each Monday", "30 recipes", 30, 30, "recipes", "=", "weekly menu", "recipes on the menu", "count")
aq = "Emails sent on a weekday are answered within 4 hours."
cl(H, aq, "Emails sent on a weekday are answered within 4 hours", "within 4 hours", None, 4, "hour", "<=", "weekday emails", "reply time", "duration")
aq = "The 4-person plan lets you order as few as 2 recipes"
cl(H, aq, "The 4-person plan lets you order as few as 2 recipes a week, which is handy when you're eating out a lot", "as few as 2 recipes a week", 2, None, "recipes/week", ">=", "4-person plan", "minimum recipes per week", "limit")
aq = "Each Family box recipe serves 4"
cl(H, aq, "Each Family box recipe serves 4, with portions sized for a mix of adults and children", "serves 4", 4, 4, "people", "=", "Family box recipe", "people served", "count")
aq = "Don't worry. With the ice packs and liner"
cl(H, aq, "With the ice packs and liner, your box stays cold for up to 2 days", "up to 2 days", None, 2, "day", "<=", "box with ice packs and liner", "time kept cold", "duration")
aq = "Yes! Add a breakfast pack for €11 a week"
sq = "Add a breakfast pack for €11 a week and you'll get granola, yoghurt and fruit for five mornings"
cl(H, aq, sq, "€11 a week", 11, 11, "EUR/week", "=", "breakfast pack", "price", "price")
cl(H, aq, sq, "five mornings", 5, 5, "breakfasts", "=", "breakfast pack", "breakfasts included", "count")

# knowledge base (12 answers)
aq = "We offer three menus"
cl(J, aq, "We offer three menus: Classic, Veggie and Family", "three menus", 3, 3, "menus", "=", "Crateful", "number of menus", "count")
aq = "Meat and fish in your box stay fresh for 5 days"
cl(J, aq, "Meat and fish in your box stay fresh for 5 days in the fridge, so you can cook them in any order", "5 days", 5, 5, "day", "=", "meat and fish in the box", "time they stay fresh in the fridge", "duration")
aq = "Yes. Each successful referral earns you €15"
cl(J, aq, "Each successful referral earns you €15 off your next box", "€15", 15, 15, "EUR", "=", "referral", "credit earned", "price")
aq = "(2022) Our weekly menu has 18 recipes"
sq = "(2022) Our weekly menu has 18 recipes, including at least four veggie options"
cl(J, aq, sq, "18 recipes", 18, 18, "recipes", "=", "weekly menu", "recipes on the menu", "count")
cl(J, aq, sq, "at least four veggie options", 4, None, "recipes", ">=", "weekly menu", "veggie recipes", "count")
aq = "(2022) Gift cards can be used for 12 months"
cl(J, aq, "(2022) Gift cards can be used for 12 months after purchase, on any box or add-on", "12 months", 12, 12, "month", "=", "gift card", "validity", "duration")
aq = "Messages that arrive at the weekend"
cl(J, aq, "Messages that arrive at the weekend get a reply within 24 hours", "within 24 hours", None, 24, "hour", "<=", "weekend messages", "reply time", "duration")
aq = "They're our chef-designed specials"
cl(J, aq, "They're our chef-designed specials, and Signature recipes carry a €4 supplement per serving", "€4 supplement per serving", 4, 4, "EUR/serving", "=", "Signature recipe", "supplement per serving", "price")
aq = "It's our biggest box."
cl(J, aq, "Family Feast box recipes serve 6, so there's usually enough left over for lunch", "serve 6", 6, 6, "people", "=", "Family Feast box recipe", "people served", "count")
aq = "Three recipes for four people is 12 servings."
sq = "Three recipes for four people is 12 servings"
cl(J, aq, sq, "Three recipes", 3, 3, "recipes", "=", "box for four example", "recipes per box", "count")
cl(J, aq, sq, "four people", 4, 4, "people", "=", "box for four example", "people per recipe", "count")
cl(J, aq, sq, "12 servings", 12, 12, "servings", "=", "box for four example", "servings per box", "count")
sq = "At €4.40 a serving, the box costs €52.80 before delivery"
cl(J, aq, sq, "€4.40 a serving", 4.4, 4.4, "EUR/serving", "=", "box for four example", "price per serving", "price")
cl(J, aq, sq, "€52.80", 52.8, 52.8, "EUR", "=", "box for four example", "box price before delivery", "price")
aq = "Boxes usually weigh between 6 and 9 kg"
cl(J, aq, "Boxes usually weigh between 6 and 9 kg, depending on how many recipes you've ordered", "between 6 and 9 kg", 6, 9, "kg", "=", "box", "weight", "other")
aq = "Some dishes need longer in the oven."
cl(J, aq, "For example, a slow-roast recipe might take 90 minutes, but most of that is hands-off time", "90 minutes", 90, 90, "minute", "=", "slow-roast recipe", "cooking time", "duration", True)
aq = "Most of our recipes use around 8 ingredients"
cl(J, aq, "Most of our recipes use around 8 ingredients, plus a few cupboard basics you'll already have", "around 8 ingredients", 8, 8, "ingredients", "~", "recipe", "number of ingredients", "count")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
