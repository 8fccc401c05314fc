#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the cakeshop domain (Makvirag Cukraszda, a custom cake and bakery order shop in Budapest)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "whatsapp-quick-replies.txt", "order-desk-journal.md", "customer-questions.html", "faq-db.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The WhatsApp quick replies say the tasting box includes sponge samples, fillings and a coffee, while the CherryTree customer page says the tasting covers the sponges and fillings only, with no drinks served.",
  "what a cake tasting includes", side(T, "Our tasting box includes sponge samples, fillings and a coffee"), side(H, "The tasting covers the sponges and fillings only")),
 ("list", "The order-desk journal says the balance can be paid at collection by cash, bank card or SZÉP card, while the TinyDB FAQ says customers collecting a cake can pay with cash or a bank card only.",
  "ways to pay when collecting a cake", side(M, "Customers settle the balance at collection by cash, bank card or SZÉP card"), side(J, "you can pay with cash or a bank card only")),
 ("list", "The CherryTree customer page says wedding cake prices include a tasting, delivery and setting up the cake at the venue, while the order-desk journal says the wedding cake price covers the cake and its delivery and nothing else (set-up and tasting are extra).",
  "what the wedding cake price includes", side(H, "include a tasting, delivery and setting up the cake at the venue"), side(M, "The wedding cake price covers the cake and its delivery and nothing else")),
 # polarity
 ("polarity", "The WhatsApp quick replies invite customers to bring their own fresh flowers for the shop to arrange on the cake, while the TinyDB FAQ says customer-supplied flowers are never placed on the cakes.",
  "putting customers' own fresh flowers on a cake", side(T, "bring your own fresh flowers, and we will arrange them on the cake"), side(J, "Customer-supplied flowers are never placed on our cakes")),
 ("polarity", "The CherryTree customer page says fully plant-based (vegan) celebration cakes are on the menu, while the order-desk journal says the shop does not make vegan cakes.",
  "vegan celebration cakes", side(H, "fully plant-based celebration cakes are on our menu"), side(M, "We do not make vegan cakes")),
 ("polarity", "The TinyDB FAQ says the shop can print a customer's photo on a sugar sheet for the top of the cake, while the WhatsApp quick replies say the shop does not print pictures on cakes at all.",
  "photo printing on cakes", side(J, "We can print your photo on a sugar sheet for the top"), side(T, "we don't print pictures on cakes at all")),
 # numeric
 ("numeric", "The WhatsApp quick replies say a custom cake is confirmed with a 50% deposit, while the CherryTree customer page says a deposit of 30% of the price secures the date.",
  "deposit for a custom cake order", side(T, "To confirm a custom cake we take a 50% deposit"), side(H, "A deposit of 30% of the price secures your date")),
 ("numeric", "The order-desk journal says custom design cakes need at least 5 days' notice, while the TinyDB FAQ says a cake with a custom design must be ordered at least 10 days ahead.",
  "minimum notice for a custom design cake", side(M, "Custom design cakes need at least 5 days' notice"), side(J, "A cake with a custom design must be ordered at least 10 days")),
 ("numeric", "The order-desk journal prices celebration cakes at 1.450 Ft per portion, while the CherryTree customer page says one slice of a celebration cake costs 1 650,- Ft.",
  "price of one portion of a celebration cake", side(M, "Celebration cakes are priced at 1.450 Ft per portion"), side(H, "One slice of a celebration cake costs 1 650,- Ft")),
 ("numeric", "The WhatsApp quick replies say each hand-modelled fondant figure is 2 500 Ft, while the TinyDB FAQ says sugar figures are charged at HUF 3 500 apiece.",
  "price of one fondant (sugar) figure", side(T, "Each hand-modelled fondant figure is 2 500 Ft"), side(J, "Sugar figures made by our decorators are charged at HUF 3 500 apiece")),
 # arithmetic (inside one answer: inputs, wrong result)
 ("arithmetic", "Macarons at 6 900 Ft a dozen: two dozen make 13 800 Ft, but the quick reply says 14 800 Ft.",
  "price of two dozen macarons", side(T, "Macarons are 6 900 Ft a dozen"), side(T, "so two dozen for a party come to 14 800 Ft")),
 ("arithmetic", "24 mini pastries and 36 macarons make 60 pieces, but the journal says 70 pieces.",
  "number of pieces in the dessert table package", side(M, "The dessert table package has 24 mini pastries and 36 macarons"), side(M, "which makes 70 pieces for the table in all")),
 ("arithmetic", "15% off HUF 80 000 is HUF 68 000, but the TinyDB FAQ says HUF 70 000.",
  "price of an HUF 80 000 company order after the discount", side(J, "Company orders over HUF 50 000 get 15% off"), side(J, "so an order of HUF 80 000 costs HUF 70 000")),
 # stale
 ("stale", "The order-desk journal's 2022 entry says the menu offers 12 flavour combinations; the TinyDB FAQ says that as of 2025 customers can choose between 18 cake flavours.",
  "number of cake flavours on the menu", side(M, "(2022) The menu offers 12 flavour combinations for celebration cakes"), side(J, "As of 2025, customers can choose between 18 cake flavours")),
 ("stale", "The CherryTree customer page's 2021 entry says delivery is available for orders above 15 000,- Ft; the WhatsApp quick replies say that since 2024 the shop only delivers orders worth at least 20 000 Ft.",
  "minimum order value for delivery", side(H, "(2021) Delivery is available for orders above 15 000,- Ft"), side(T, "Since 2024, we only deliver orders worth at least 20 000 Ft")),
 ("stale", "The TinyDB FAQ says that as of 2023 the bakery employs 4 pastry chefs; the CherryTree customer page says that since 2025 seven pastry chefs have worked in the kitchen.",
  "number of pastry chefs", side(J, "As of 2023, the bakery employs 4 pastry chefs"), side(H, "Since 2025, seven pastry chefs have worked in our kitchen")),
]

traps = [
 ("Different zone: delivery inside the Nagykörút (Zone 1) costs 3 000,- Ft, delivery to the Buda side (Zone 3) HUF 6 500.",
  side(H, "Delivery inside the Nagykörút (Zone 1) costs 3 000,- Ft"), side(J, "Zone 3 deliveries to the Buda side are charged HUF 6 500")),
 ("Different cake size: a 20 cm round cake serves 12 people, the 26 cm round cake gives 20 portions.",
  side(M, "A 20 cm round cake serves 12 people"), side(H, "The 26 cm round cake gives 20 portions")),
 ("Different condition: standard-menu cakes ordered for the next day carry a 25% rush surcharge, those ordered for the same day a 50% rush fee.",
  side(T, "ordered for the next day carry a 25% rush surcharge"), side(M, "For standard-menu cakes ordered for the same day, the rush fee is 50%")),
 ("Different box size: a box of 6 cupcakes is 4 200 Ft, the 12-cupcake box HUF 7 900.",
  side(T, "A box of 6 cupcakes is 4 200 Ft"), side(J, "the 12-cupcake box costs HUF 7 900")),
 ("Similarly named products: the Rigó Jancsi Classic is 11 900 Ft, the Rigó Jancsi Grande 16.900 Ft.",
  side(T, "The Rigó Jancsi Classic, our chocolate mousse cube cake, is 11 900 Ft"), side(M, "The Rigó Jancsi Grande sells for 16.900 Ft")),
 ("The same value in other units: eat a cream cake within 48 hours of collection = no more than 2 days after pick-up.",
  side(H, "Eat a cream cake within 48 hours of collection"), side(J, "Cream cakes should be eaten no more than 2 days after you pick")),
 ("A correct computation: 400,- Ft + 2 200,- Ft = 2 600,- Ft.",
  side(H, "Number candles are 400,- Ft and a glitter cake topper is 2 200,- Ft"), side(H, "so the two together come to 2 600,- Ft")),
 ("A correct percentage: 10% off a 12.000 Ft cake is 10.800 Ft.",
  side(M, "Students with a valid student card get 10% off"), side(M, "so a 12.000 Ft cake costs them 10.800 Ft")),
 ("A range containing the other value: a three-tier wedding cake serves 80 to 120 guests vs typically feeds about 100 guests.",
  side(J, "A three-tier wedding cake serves 80 to 120 guests"), side(T, "A three-tier wedding cake typically feeds about 100 guests")),
 ("A hedged example ('For example ... might need a 30-portion cake') vs most birthday cakes being about 12 portions.",
  side(H, "For example, a big family gathering might need a 30-portion cake"), side(T, "Most birthday cakes we bake are about 12 portions")),
 ("An old value marked as old: cake stands were hired out at 3.000 Ft a weekend before 2023; renting one now costs HUF 4 500 for a weekend.",
  side(M, "Cake stands were hired out at 3.000 Ft a weekend before 2023"), side(J, "Renting one of our cake stands costs HUF 4 500 for a weekend")),
 ("'Up to 3 working days' for a design quote is a ceiling; the shop usually sends a design quote in about 1 day.",
  side(H, "Design quotes for custom cakes take up to 3 working days"), side(T, "We usually send a design quote in about 1 day")),
 ("The list of allergens used in the kitchen is open ('such as'), so sesame as another one is consistent.",
  side(T, "Our kitchen uses allergens such as nuts, gluten, eggs and milk"), side(M, "Sesame is also handled in the kitchen, because the pogácsa trays")),
 ("The same age rule stated in both directions (cakes with rum or Tokaji are sold only to customers aged 18 and over / cakes with alcohol cannot be sold to anyone under 18).",
  side(H, "Cakes soaked in rum or Tokaji are sold only to customers aged 18"), side(J, "We cannot sell cakes containing alcohol to anyone under 18")),
]

DOMAIN = ("Mákvirág Cukrászda, a fictional custom cake and bakery order shop in Budapest, Hungary (shop and kitchen in District XIII, "
          "Újlipótváros): ordering (custom design notice, design quotes, deposits, rush surcharges, company and student discounts, online orders), "
          "paying at collection, prices (celebration cakes per portion, fondant figures, macarons, cupcake boxes, the Rigó Jancsi Classic and "
          "Grande, candles and toppers, gift vouchers, cake stand hire old and current), cakes (sizes and portions, flavours old and current, "
          "vegan cakes, photo printing, customers' own flowers, wedding cakes and what their price includes, three-tier cakes, the dessert "
          "table package, tastings, keeping cream cakes, writing on cakes), allergens (open list, sesame), cakes with alcohol (age rule), "
          "delivery (minimum order old and current, Zone 1 and Zone 3 fees), the team (pastry chefs old and current), the reusable cake "
          "carrier and the display fridge. Prices in Hungarian forint written '2 500 Ft', '1 000 forint', '1.450 Ft', '1 650,- Ft' and 'HUF 3 500'.")
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

# WhatsApp quick replies (10 answers)
aq = "To confirm a custom cake we take a 50% deposit"
cl(T, aq, "To confirm a custom cake we take a 50% deposit; the rest is paid when you collect the cake or when it is delivered", "50% deposit", 50, 50, "%", "=", "custom cake order", "deposit", "percentage")
aq = "Each hand-modelled fondant figure is 2 500 Ft"
cl(T, aq, "Each hand-modelled fondant figure is 2 500 Ft, whether it's a unicorn, a football or a little bride and groom", "2 500 Ft", 2500, 2500, "HUF/figure", "=", "fondant figure", "price", "price")
aq = "Macarons are 6 900 Ft a dozen"
sq = "Macarons are 6 900 Ft a dozen, so two dozen for a party come to 14 800 Ft"
cl(T, aq, sq, "6 900 Ft a dozen", 6900, 6900, "HUF/dozen", "=", "macarons", "price", "price")
cl(T, aq, sq, "two dozen", 2, 2, "dozen", "=", "macarons for a party", "dozens ordered", "count")
cl(T, aq, sq, "14 800 Ft", 14800, 14800, "HUF", "=", "two dozen macarons", "total price", "price")
aq = "Since 2024, we only deliver orders worth"
cl(T, aq, "Since 2024, we only deliver orders worth at least 20 000 Ft; smaller orders can be collected from the shop", "at least 20 000 Ft", 20000, None, "HUF", ">=", "delivery", "minimum order value", "limit")
aq = "Cakes from our standard menu ordered for the next day"
cl(T, aq, "Cakes from our standard menu ordered for the next day carry a 25% rush surcharge", "25% rush surcharge", 25, 25, "%", "=", "standard-menu cake ordered for the next day", "rush surcharge", "percentage")
aq = "A box of 6 cupcakes is 4 200 Ft"
sq = "A box of 6 cupcakes is 4 200 Ft, and the cupcakes can be all one flavour or mixed"
cl(T, aq, sq, "6 cupcakes", 6, 6, "cupcakes", "=", "small cupcake box", "cupcakes per box", "count")
cl(T, aq, sq, "4 200 Ft", 4200, 4200, "HUF/box", "=", "box of 6 cupcakes", "price", "price")
aq = "The Rigó Jancsi Classic, our chocolate mousse cube cake"
cl(T, aq, "The Rigó Jancsi Classic, our chocolate mousse cube cake, is 11 900 Ft at the counter or to order", "11 900 Ft", 11900, 11900, "HUF", "=", "Rigó Jancsi Classic", "price", "price")
aq = "A three-tier wedding cake typically feeds about 100 guests"
sq = "A three-tier wedding cake typically feeds about 100 guests, so most couples start there"
cl(T, aq, sq, "three-tier", 3, 3, "tiers", "=", "wedding cake", "tiers", "count")
cl(T, aq, sq, "about 100 guests", 100, 100, "guests", "~", "three-tier wedding cake", "guests served", "count")
aq = "Most birthday cakes we bake are about 12 portions"
cl(T, aq, "Most birthday cakes we bake are about 12 portions, which suits a family lunch", "about 12 portions", 12, 12, "portions", "~", "typical birthday cake", "portions", "count")
aq = "We usually send a design quote in about 1 day"
cl(T, aq, "We usually send a design quote in about 1 day, together with a sketch of the cake", "about 1 day", 1, 1, "day", "~", "design quote for a custom cake", "time to send", "duration")

# order-desk journal (9 answers)
aq = "Custom design cakes need at least 5 days' notice"
cl(M, aq, "Custom design cakes need at least 5 days' notice, counted from the day the customer agrees the design", "at least 5 days' notice", 5, None, "day", ">=", "custom design cake", "minimum notice", "limit")
aq = "Celebration cakes are priced at 1.450 Ft per portion"
cl(M, aq, "Celebration cakes are priced at 1.450 Ft per portion, whatever the flavour", "1.450 Ft per portion", 1450, 1450, "HUF/portion", "=", "celebration cake", "price per portion", "price")
aq = "The dessert table package has 24 mini pastries"
sq = "The dessert table package has 24 mini pastries and 36 macarons, which makes 70 pieces for the table in all"
cl(M, aq, sq, "24 mini pastries", 24, 24, "pieces", "=", "dessert table package", "mini pastries", "count")
cl(M, aq, sq, "36 macarons", 36, 36, "pieces", "=", "dessert table package", "macarons", "count")
cl(M, aq, sq, "70 pieces", 70, 70, "pieces", "=", "dessert table package", "pieces in all", "count")
aq = "(2022) The menu offers 12 flavour combinations"
cl(M, aq, "(2022) The menu offers 12 flavour combinations for celebration cakes", "12 flavour combinations", 12, 12, "flavours", "=", "cake menu", "number of flavours", "count")
aq = "A 20 cm round cake serves 12 people"
sq = "A 20 cm round cake serves 12 people and weighs about 1,5 kg"
cl(M, aq, sq, "20 cm", 20, 20, "cm", "=", "smaller round cake", "diameter", "size")
cl(M, aq, sq, "12 people", 12, 12, "portions", "=", "20 cm round cake", "portions served", "count")
cl(M, aq, sq, "about 1,5 kg", 1.5, 1.5, "kg", "~", "20 cm round cake", "weight", "size")
aq = "For standard-menu cakes ordered for the same day"
cl(M, aq, "For standard-menu cakes ordered for the same day, the rush fee is 50%", "50%", 50, 50, "%", "=", "standard-menu cake ordered for the same day", "rush surcharge", "percentage")
aq = "The Rigó Jancsi Grande sells for 16.900 Ft"
cl(M, aq, "The Rigó Jancsi Grande sells for 16.900 Ft at the counter", "16.900 Ft", 16900, 16900, "HUF", "=", "Rigó Jancsi Grande", "price", "price")
aq = "Students with a valid student card get 10% off"
sq = "Students with a valid student card get 10% off, so a 12.000 Ft cake costs them 10.800 Ft"
cl(M, aq, sq, "10% off", 10, 10, "%", "=", "student with a valid card", "discount", "percentage")
cl(M, aq, sq, "12.000 Ft", 12000, 12000, "HUF", "=", "example cake", "full price", "price")
cl(M, aq, sq, "10.800 Ft", 10800, 10800, "HUF", "=", "example cake bought by a student", "discounted price", "price")
aq = "Cake stands were hired out at 3.000 Ft a weekend before 2023."
cl(M, aq, "Cake stands were hired out at 3.000 Ft a weekend before 2023", "3.000 Ft a weekend", 3000, 3000, "HUF/weekend", "=", "cake stand hire before 2023", "old weekend charge", "price")

# CherryTree customer page (11 answers)
aq = "A deposit of 30% of the price secures your date"
cl(H, aq, "A deposit of 30% of the price secures your date in our order book", "30%", 30, 30, "%", "=", "custom cake order", "deposit", "percentage")
aq = "One slice of a celebration cake costs 1 650,- Ft"
cl(H, aq, "One slice of a celebration cake costs 1 650,- Ft, and decorations are priced on top", "1 650,- Ft", 1650, 1650, "HUF/portion", "=", "celebration cake", "price per portion", "price")
aq = "Design quotes for custom cakes take up to 3 working days"
cl(H, aq, "Design quotes for custom cakes take up to 3 working days, because our decorator sketches each one by hand", "up to 3 working days", None, 3, "working day", "<=", "design quote for a custom cake", "time to send", "duration")
aq = "The 26 cm round cake gives 20 portions"
sq = "The 26 cm round cake gives 20 portions, enough for most family parties"
cl(H, aq, sq, "26 cm", 26, 26, "cm", "=", "larger round cake", "diameter", "size")
cl(H, aq, sq, "20 portions", 20, 20, "portions", "=", "26 cm round cake", "portions served", "count")
aq = "For example, a big family gathering might need"
cl(H, aq, "For example, a big family gathering might need a 30-portion cake, but tell us the number of guests and we will advise", "30-portion cake", 30, 30, "portions", "=", "example cake for a big family gathering", "portions", "count", True)
aq = "Eat a cream cake within 48 hours of collection"
cl(H, aq, "Eat a cream cake within 48 hours of collection, and keep it in the fridge until you serve it", "within 48 hours", None, 48, "hour", "<=", "cream cake after collection", "time to eat it", "duration")
aq = "Number candles are 400,- Ft"
sq = "Number candles are 400,- Ft and a glitter cake topper is 2 200,- Ft, so the two together come to 2 600,- Ft"
cl(H, aq, sq, "400,- Ft", 400, 400, "HUF", "=", "number candle", "price", "price")
cl(H, aq, sq, "2 200,- Ft", 2200, 2200, "HUF", "=", "glitter cake topper", "price", "price")
cl(H, aq, sq, "2 600,- Ft", 2600, 2600, "HUF", "=", "number candle and glitter cake topper", "total price", "price")
aq = "Cakes soaked in rum or Tokaji are sold only"
cl(H, aq, "Cakes soaked in rum or Tokaji are sold only to customers aged 18 and over", "aged 18 and over", 18, None, "year", ">=", "customer buying a cake with alcohol", "minimum age", "limit")
aq = "(2021) Delivery is available for orders above"
cl(H, aq, "(2021) Delivery is available for orders above 15 000,- Ft anywhere in Pest and Buda", "above 15 000,- Ft", 15000, None, "HUF", ">", "delivery", "minimum order value", "limit")
aq = "Delivery inside the Nagykörút (Zone 1) costs"
cl(H, aq, "Delivery inside the Nagykörút (Zone 1) costs 3 000,- Ft, and the driver carries the cake to your door", "3 000,- Ft", 3000, 3000, "HUF", "=", "delivery inside the Nagykörút (Zone 1)", "delivery fee", "price")
aq = "Since 2025, seven pastry chefs have worked"
cl(H, aq, "Since 2025, seven pastry chefs have worked in our kitchen in Újlipótváros, and every cake is finished by hand", "seven pastry chefs", 7, 7, "chefs", "=", "bakery", "pastry chefs", "count")

# TinyDB FAQ (11 answers)
aq = "A cake with a custom design must be ordered"
cl(J, aq, "A cake with a custom design must be ordered at least 10 days before the party", "at least 10 days", 10, None, "day", ">=", "custom design cake", "minimum notice", "limit")
aq = "Sugar figures made by our decorators"
cl(J, aq, "Sugar figures made by our decorators are charged at HUF 3 500 apiece, and you can keep them as a souvenir", "HUF 3 500 apiece", 3500, 3500, "HUF/figure", "=", "fondant figure", "price", "price")
aq = "Company orders over HUF 50 000 get 15% off"
sq = "Company orders over HUF 50 000 get 15% off, so an order of HUF 80 000 costs HUF 70 000 after the discount"
cl(J, aq, sq, "over HUF 50 000", 50000, None, "HUF", ">", "company order discount", "minimum order value", "limit")
cl(J, aq, sq, "15% off", 15, 15, "%", "=", "company order over HUF 50 000", "discount", "percentage")
cl(J, aq, sq, "HUF 80 000", 80000, 80000, "HUF", "=", "example company order", "full price", "price")
cl(J, aq, sq, "HUF 70 000", 70000, 70000, "HUF", "=", "example company order after the discount", "discounted price", "price")
aq = "As of 2025, customers can choose"
cl(J, aq, "As of 2025, customers can choose between 18 cake flavours", "18 cake flavours", 18, 18, "flavours", "=", "cake menu", "number of flavours", "count")
aq = "As of 2023, the bakery employs 4 pastry chefs"
cl(J, aq, "As of 2023, the bakery employs 4 pastry chefs in its kitchen", "4 pastry chefs", 4, 4, "chefs", "=", "bakery", "pastry chefs", "count")
aq = "Zone 3 deliveries to the Buda side"
cl(J, aq, "Zone 3 deliveries to the Buda side are charged HUF 6 500, and we deliver there from Tuesday to Saturday", "HUF 6 500", 6500, 6500, "HUF", "=", "delivery to the Buda side (Zone 3)", "delivery fee", "price")
aq = "Yes, the 12-cupcake box costs HUF 7 900"
sq = "Yes, the 12-cupcake box costs HUF 7 900, and it travels well in a car"
cl(J, aq, sq, "12-cupcake box", 12, 12, "cupcakes", "=", "large cupcake box", "cupcakes per box", "count")
cl(J, aq, sq, "HUF 7 900", 7900, 7900, "HUF/box", "=", "box of 12 cupcakes", "price", "price")
aq = "Cream cakes should be eaten no more than 2 days"
cl(J, aq, "Cream cakes should be eaten no more than 2 days after you pick them up", "no more than 2 days", None, 2, "day", "<=", "cream cake after collection", "time to eat it", "duration")
aq = "A three-tier wedding cake serves 80 to 120 guests"
sq = "A three-tier wedding cake serves 80 to 120 guests, depending on how thick the slices are"
cl(J, aq, sq, "three-tier", 3, 3, "tiers", "=", "wedding cake", "tiers", "count")
cl(J, aq, sq, "80 to 120 guests", 80, 120, "guests", "=", "three-tier wedding cake", "guests served", "count")
aq = "Renting one of our cake stands costs HUF 4 500"
cl(J, aq, "Renting one of our cake stands costs HUF 4 500 for a weekend, and the stand must come back clean", "HUF 4 500 for a weekend", 4500, 4500, "HUF/weekend", "=", "cake stand hire", "weekend charge", "price")
aq = "We cannot sell cakes containing alcohol to anyone under 18"
cl(J, aq, "We cannot sell cakes containing alcohol to anyone under 18, so an adult has to collect it", "under 18", 18, None, "year", ">=", "customer buying a cake with alcohol", "minimum age", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
