#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the tileshowroom domain (Mavikaro Tile and Bath, Bornova, Izmir)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "whatsapp-ready-replies.txt", "fitting-team-handbook.md", "customer-questions.html", "trello-mavikaro-faq-en.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The fitting team handbook says the fitting price covers adhesive, grout, silicone and tile spacers, while the Trello FAQ says the fitting rate pays for the labour and the adhesive only (grout, silicone and spacers are billed on top).",
  "what the fitting price includes", side(M, "The fitting price covers adhesive, grout, silicone and tile spacers"), side(J, "Our fitting rate pays for the labour and the adhesive only")),
 ("list", "The customer questions page accepts cash, bank transfer, credit cards and instalments, while the WhatsApp ready replies say the showroom takes cash and bank transfer only.",
  "payment methods accepted", side(H, "We accept cash, bank transfer, credit cards and instalments on most bank cards"), side(T, "The showroom takes cash and bank transfer only")),
 ("list", "The WhatsApp ready replies say a design consultation includes a site measurement, a tile layout plan and a 3D drawing, while the fitting team handbook says the design session gives only a tile layout plan.",
  "what a design consultation includes", side(T, "A design consultation includes a site measurement, a tile layout plan and a 3D drawing"), side(M, "The design session gives the customer a tile layout plan and nothing else")),
 # polarity
 ("polarity", "The WhatsApp ready replies say special-order tiles can be returned for a full refund, while the Trello FAQ says tiles ordered in specially from the factory are never refundable.",
  "refunds on special-order tiles", side(T, "Special-order tiles can be returned for a full refund"), side(J, "Tiles ordered in specially from the factory are never refundable")),
 ("polarity", "The customer questions page says the fitters also work on Saturdays, while the fitting team handbook says the fitting teams do not work at weekends.",
  "fitting on Saturdays / at weekends", side(H, "Our fitters also work on Saturdays at no extra charge"), side(M, "The fitting teams do not work at weekends")),
 ("polarity", "The WhatsApp ready replies say the drivers carry the boxes up to the customer's flat, while the Trello FAQ says deliveries are left at the building entrance and drivers do not take boxes upstairs.",
  "carrying delivered boxes upstairs", side(T, "Our drivers carry the boxes up to your flat, whatever the floor"), side(J, "Deliveries are left at the building entrance; drivers do not take boxes up the stairs")),
 # numeric
 ("numeric", "The fitting team handbook says floor tiling is fitted at 650 TL per square metre, while the customer questions page says laying floor tiles costs TRY 780 per m2.",
  "fitting price for floor tiles per square metre", side(M, "Floor tiling is fitted at 650 TL per square metre"), side(H, "Laying floor tiles costs TRY 780 per m²")),
 ("numeric", "The WhatsApp ready replies say fitting work is guaranteed for 2 years, while the Trello FAQ says workmanship carries a 5-year warranty.",
  "warranty period on fitting workmanship", side(T, "Our fitting work is guaranteed for 2 years"), side(J, "Workmanship on every tiling job carries a 5-year warranty")),
 ("numeric", "The customer questions page says delivery is free on orders over TRY 20.000, while the fitting team handbook says orders above 15.000 TL are delivered without charge.",
  "order value above which delivery is free", side(H, "Delivery is free on orders over TRY 20.000"), side(M, "Orders above 15.000 TL are delivered without charge")),
 ("numeric", "The Trello FAQ says unopened boxes may be returned within 30 days, while the WhatsApp ready replies say unused boxes can be brought back up to 14 days after delivery.",
  "time limit for returning unopened boxes", side(J, "Unopened boxes may be returned within 30 days of purchase"), side(T, "Unused boxes can be brought back up to 14 days after delivery")),
 # arithmetic (inside one answer: inputs, wrong result)
 ("arithmetic", "A box of 1,44 m2 at 1.152 lira works out at 800 lira per square metre, but the WhatsApp reply says 850.",
  "price per square metre of Kapadokya porcelain", side(T, "A box of Kapadokya stone-look porcelain holds 1,44 m² and costs ₺1.152"), side(T, "so one square metre comes to ₺850")),
 ("arithmetic", "3.500 m2 of floor tiles and 2.800 m2 of wall tiles make 6.300 m2, but the handbook says 7.300 m2.",
  "tile stock in the Kemalpasa warehouse", side(M, "The Kemalpaşa warehouse holds 3.500 m² of floor tiles and 2.800 m² of wall tiles"), side(M, "which makes 7.300 m² of stock in all")),
 ("arithmetic", "15% off 12.000,00 lira is 10.200,00 lira, but the Trello FAQ says the order costs 10.800,00.",
  "sale price of a 12.000,00 lira Efes order", side(J, "The spring sale takes 15% off the Efes marble-look range"), side(J, "so a 12.000,00 ₺ order costs 10.800,00 ₺")),
 # stale
 ("stale", "The fitting team handbook's 2021 entry gives the Bornova showroom 450 m2 of display space; the customer questions page says that since 2024 the showroom floor covers 700 m2.",
  "size of the showroom", side(M, "(2021) The Bornova showroom has 450 m² of display space"), side(H, "Since 2024, the showroom floor covers 700 m²")),
 ("stale", "The Trello FAQ says that as of 2023 the firm runs 4 fitting teams; the WhatsApp ready replies say that since 2025, 7 fitting crews work for Mavikaro.",
  "number of fitting teams", side(J, "As of 2023, we run 4 fitting teams"), side(T, "Since 2025, 7 fitting crews work for Mavikaro")),
 ("stale", "The customer questions page's 2022 entry puts a design consultation at TRY 500; the Trello FAQ says that as of 2025 the design appointment fee is 750,00 lira.",
  "fee for a design consultation", side(H, "(2022) A design consultation costs TRY 500"), side(J, "As of 2025, the design appointment fee is 750,00 ₺")),
]

traps = [
 ("Different condition (district): delivery inside the central districts costs TRY 600, deliveries to Cesme, Urla and other outer districts 1.400,00 lira.",
  side(H, "Delivery inside the central districts costs TRY 600"), side(J, "Deliveries to Çeşme, Urla and other outer districts cost 1.400,00 ₺")),
 ("Different kind of tile: wall tiles are fitted at TRY 700 per m2, mosaic at 1.100 TL per m2.",
  side(H, "Wall tiles are fitted at TRY 700 per m²"), side(M, "Mosaic fitting is charged at 1.100 TL per m²")),
 ("Different tile size: Ege porcelain in 60 cm squares is 540 lira per m2, the large 120 cm Ege slabs TRY 890 per m2.",
  side(T, "Ege porcelain in 60 cm squares costs ₺540 per m²"), side(H, "Large 120 cm Ege slabs cost TRY 890 per m²")),
 ("Different bag size: a 25 kg bag of tile adhesive is 420 TL, the 5 kg bag of the same adhesive 115,00 lira.",
  side(M, "A 25 kg bag of tile adhesive is 420 TL"), side(J, "the 5 kg bag of the same adhesive costs 115,00 ₺")),
 ("Similarly named products: Kordon Grout takes foot traffic after 24 hours, Kordon Grout Epoxy needs 72 hours.",
  side(T, "Kordon Grout is ready for foot traffic after 24 hours"), side(M, "Kordon Grout Epoxy needs 72 hours before anyone walks on it")),
 ("The same value in other units: a 2 mm joint on rectified porcelain = joints kept to 0,2 cm.",
  side(H, "Rectified porcelain is laid with a 2 mm joint"), side(J, "The joints between rectified tiles are kept to 0,2 cm")),
 ("A correct computation: 480 lira per m2 x 20 m2 = 9.600 lira.",
  side(T, "Sardes wood-look planks are ₺480 per m²"), side(T, "so a 20 m² living room floor costs ₺9.600")),
 ("A correct percentage: 12% off TRY 5.000 is TRY 4.400.",
  side(H, "Architects and contractors with a trade card get 12% off"), side(H, "so a TRY 5.000 order costs them TRY 4.400")),
 ("A range containing the other value: tiling a standard bathroom takes 3 to 5 working days vs about 4 working days.",
  side(M, "Tiling a standard bathroom takes 3 to 5 working days"), side(H, "Our fitters usually finish a bathroom in about 4 working days")),
 ("A hedged example ('For example, a family bathroom might need 22 m2 of wall tiles') vs the average job's about 35 m2 of tiles.",
  side(J, "For example, a family bathroom might need 22 m² of wall tiles"), side(T, "The average bathroom job uses about 35 m² of tiles")),
 ("An old value marked as old: a rubble skip was hired for 900 TL before 2024; hiring one now costs 1.200,00 lira.",
  side(M, "A rubble skip was hired for 900 TL before 2024"), side(J, "Hiring a skip for rubble now costs 1.200,00 ₺")),
 ("'Up to 8 weeks' for special orders from Italy is a ceiling; a typical Italian order arrives in about 5 weeks.",
  side(H, "Special orders from Italy take up to 8 weeks to arrive"), side(T, "A typical Italian order reaches our Kemalpaşa warehouse in about 5 weeks")),
 ("The list of rooms is open ('such as'), so terraces and pool surrounds as further jobs are consistent.",
  side(T, "We tile rooms such as bathrooms, kitchens and balconies"), side(M, "Our teams also tile terraces and pool surrounds")),
 ("The same minimum job size stated in both directions (jobs of 5 m2 and more are taken / jobs smaller than 5 m2 are not accepted).",
  side(H, "We take on fitting jobs of 5 m² and more"), side(J, "Jobs smaller than 5 m² are not accepted by the fitting teams")),
]

DOMAIN = ("Mavikaro Tile and Bath, a fictional bathroom and tile showroom with a fitting service in Bornova, Izmir, Turkey "
          "(warehouse in Kemalpasa): tiles and their prices per square metre (Ege porcelain in 60 cm squares and 120 cm "
          "slabs, Kapadokya stone-look porcelain by the box, Sardes wood-look planks, the Efes marble-look range in the "
          "spring sale), tile adhesive in 25 kg and 5 kg bags, Kordon Grout and Kordon Grout Epoxy, fitting (what the "
          "price covers, floor, wall and mosaic rates, grout joints, weekend work, how long a bathroom takes, minimum job "
          "size, rooms and outdoor jobs, number of fitting teams, workmanship warranty), delivery (free-delivery limit, "
          "central and outer districts, carrying upstairs, special orders from Italy), returns and refunds, rubble skips "
          "(old and current), payment methods, trade discounts, design consultations (what they include, fee old and "
          "current), the showroom (size old and current, parking, bathroom furniture), warehouse stock, average and "
          "example tile quantities, cleaning marble-look tiles, cleaning up grout haze and measuring a room. Prices in "
          "Turkish lira written '₺1.152', '1.100 TL', 'TRY 5.000' and '1.200,00 ₺' (a dot groups thousands, a comma "
          "starts the decimals).")
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

# WhatsApp ready replies (9 answers); each answer line starts with the export's "date, time - sender: " prefix
W = lambda stamp, words: f"{stamp} - Selin Aksoy: {words}"
aq = W("08/01/2025, 14:40", "Our fitting work is guaranteed")
cl(T, aq, "Our fitting work is guaranteed for 2 years from the day you sign off the finished job", "2 years", 2, 2, "year", "=", "fitting workmanship", "warranty period", "duration")
aq = W("08/01/2025, 14:43", "Unused boxes can be brought back")
cl(T, aq, "Unused boxes can be brought back up to 14 days after delivery, together with the receipt", "up to 14 days", None, 14, "day", "<=", "returning unopened boxes", "time allowed for a return", "duration")
aq = W("13/01/2025, 11:05", "A box of Kapadokya stone-look porcelain")
sq = "A box of Kapadokya stone-look porcelain holds 1,44 m² and costs ₺1.152, so one square metre comes to ₺850"
cl(T, aq, sq, "1,44 m²", 1.44, 1.44, "m²", "=", "box of Kapadokya stone-look porcelain", "area covered per box", "size")
cl(T, aq, sq, "₺1.152", 1152, 1152, "TRY/box", "=", "Kapadokya stone-look porcelain", "price per box", "price")
cl(T, aq, sq, "₺850", 850, 850, "TRY/m²", "=", "Kapadokya stone-look porcelain", "price per square metre", "price")
aq = W("13/01/2025, 11:09", "Since 2025, 7 fitting crews")
cl(T, aq, "Since 2025, 7 fitting crews work for Mavikaro across the whole of İzmir", "7 fitting crews", 7, 7, "teams", "=", "Mavikaro", "number of fitting teams", "count")
aq = W("20/01/2025, 16:31", "Ege porcelain in 60 cm squares")
sq = "Ege porcelain in 60 cm squares costs ₺540 per m² and is always in stock in grey, beige and white"
cl(T, aq, sq, "60 cm squares", 60, 60, "cm", "=", "square Ege porcelain tile", "edge length", "size")
cl(T, aq, sq, "₺540 per m²", 540, 540, "TRY/m²", "=", "Ege porcelain in 60 cm squares", "price per square metre", "price")
aq = W("20/01/2025, 16:34", "Kordon Grout is ready for foot traffic")
cl(T, aq, "Kordon Grout is ready for foot traffic after 24 hours, so you can use the bathroom again the next day", "after 24 hours", 24, 24, "hour", "=", "Kordon Grout", "waiting time before foot traffic", "duration")
aq = W("03/02/2025, 10:12", "Sardes wood-look planks are ₺480 per m²")
sq = "Sardes wood-look planks are ₺480 per m², so a 20 m² living room floor costs ₺9.600 in tiles"
cl(T, aq, sq, "₺480 per m²", 480, 480, "TRY/m²", "=", "Sardes wood-look planks", "price per square metre", "price")
cl(T, aq, sq, "20 m²", 20, 20, "m²", "=", "example living room floor", "floor area", "size")
cl(T, aq, sq, "₺9.600", 9600, 9600, "TRY", "=", "Sardes planks for a 20 m² floor", "total price", "price")
aq = W("03/02/2025, 10:15", "The average bathroom job uses")
cl(T, aq, "The average bathroom job uses about 35 m² of tiles, walls and floor together", "about 35 m²", 35, 35, "m²", "~", "average bathroom job", "tiles used", "size")
aq = W("17/02/2025, 12:48", "A typical Italian order reaches")
cl(T, aq, "A typical Italian order reaches our Kemalpaşa warehouse in about 5 weeks, and we call you as soon as it arrives", "about 5 weeks", 5, 5, "week", "~", "special order from Italy", "delivery time", "duration")

# fitting team handbook (9 answers)
aq = "Floor tiling is fitted at 650 TL"
cl(M, aq, "Floor tiling is fitted at 650 TL per square metre, whatever the size of the tile", "650 TL per square metre", 650, 650, "TRY/m²", "=", "floor tiling", "fitting price per square metre", "price")
aq = "Orders above 15.000 TL are delivered"
cl(M, aq, "Orders above 15.000 TL are delivered without charge to any address in İzmir province", "above 15.000 TL", 15000, None, "TRY", ">", "order delivered free", "order value", "limit")
aq = "The Kemalpaşa warehouse holds 3.500 m²"
sq = "The Kemalpaşa warehouse holds 3.500 m² of floor tiles and 2.800 m² of wall tiles, which makes 7.300 m² of stock in all"
cl(M, aq, sq, "3.500 m²", 3500, 3500, "m²", "=", "floor tiles in the Kemalpaşa warehouse", "stock", "size")
cl(M, aq, sq, "2.800 m²", 2800, 2800, "m²", "=", "wall tiles in the Kemalpaşa warehouse", "stock", "size")
cl(M, aq, sq, "7.300 m²", 7300, 7300, "m²", "=", "Kemalpaşa warehouse", "total tile stock", "size")
aq = "(2021) The Bornova showroom has 450 m²"
cl(M, aq, "(2021) The Bornova showroom has 450 m² of display space", "450 m²", 450, 450, "m²", "=", "showroom", "display area", "size")
aq = "Mosaic fitting is charged at 1.100 TL"
cl(M, aq, "Mosaic fitting is charged at 1.100 TL per m² because every sheet has to be lined up by hand", "1.100 TL per m²", 1100, 1100, "TRY/m²", "=", "mosaic tiling", "fitting price per square metre", "price")
aq = "A 25 kg bag of tile adhesive is 420 TL"
sq = "A 25 kg bag of tile adhesive is 420 TL at the trade counter"
cl(M, aq, sq, "25 kg", 25, 25, "kg", "=", "large bag of tile adhesive", "bag weight", "size")
cl(M, aq, sq, "420 TL", 420, 420, "TRY/bag", "=", "25 kg bag of tile adhesive", "price", "price")
aq = "Kordon Grout Epoxy needs 72 hours"
cl(M, aq, "Kordon Grout Epoxy needs 72 hours before anyone walks on it", "72 hours", 72, 72, "hour", "=", "Kordon Grout Epoxy", "waiting time before foot traffic", "duration")
aq = "Tiling a standard bathroom takes 3 to 5 working days"
cl(M, aq, "Tiling a standard bathroom takes 3 to 5 working days, depending on how much old tiling has to come off first", "3 to 5 working days", 3, 5, "working day", "=", "tiling a standard bathroom", "time taken", "duration")
aq = "A rubble skip was hired for 900 TL before 2024."
cl(M, aq, "A rubble skip was hired for 900 TL before 2024", "900 TL", 900, 900, "TRY", "=", "rubble skip hire before 2024", "old hire price", "price")

# customer questions page (12 answers)
aq = "Since 2024, the showroom floor covers 700 m²"
cl(H, aq, "Since 2024, the showroom floor covers 700 m², with complete bathrooms built on display so you can see the tiles at full size", "700 m²", 700, 700, "m²", "=", "showroom", "display area", "size")
aq = "(2022) A design consultation costs TRY 500"
cl(H, aq, "(2022) A design consultation costs TRY 500, and the fee is taken off your tile order if you buy from us", "TRY 500", 500, 500, "TRY", "=", "design consultation", "fee", "price")
aq = "Yes. Large 120 cm Ege slabs"
sq = "Large 120 cm Ege slabs cost TRY 890 per m², because they are heavier to handle and to lay"
cl(H, aq, sq, "120 cm", 120, 120, "cm", "=", "large Ege porcelain slab", "slab length", "size")
cl(H, aq, sq, "TRY 890 per m²", 890, 890, "TRY/m²", "=", "large 120 cm Ege slabs", "price per square metre", "price")
aq = "Architects and contractors with a trade card"
sq = "Architects and contractors with a trade card get 12% off, so a TRY 5.000 order costs them TRY 4.400"
cl(H, aq, sq, "12% off", 12, 12, "%", "=", "trade card holders", "discount", "percentage")
cl(H, aq, sq, "TRY 5.000", 5000, 5000, "TRY", "=", "example trade order", "list price", "price")
cl(H, aq, sq, "TRY 4.400", 4400, 4400, "TRY", "=", "example trade order with the trade discount", "discounted price", "price")
aq = "Laying floor tiles costs TRY 780"
cl(H, aq, "Laying floor tiles costs TRY 780 per m², plus the tiles themselves", "TRY 780 per m²", 780, 780, "TRY/m²", "=", "floor tiling", "fitting price per square metre", "price")
aq = "Wall tiles are fitted at TRY 700"
cl(H, aq, "Wall tiles are fitted at TRY 700 per m², measured on the finished wall area", "TRY 700 per m²", 700, 700, "TRY/m²", "=", "wall tiling", "fitting price per square metre", "price")
aq = "Rectified porcelain is laid with a 2 mm joint"
cl(H, aq, "Rectified porcelain is laid with a 2 mm joint, and other tiles with a wider joint that suits their edges", "2 mm joint", 2, 2, "mm", "=", "rectified tiles", "grout joint width", "size")
aq = "Our fitters usually finish a bathroom"
cl(H, aq, "Our fitters usually finish a bathroom in about 4 working days, and you can use the room as soon as the grout has set", "about 4 working days", 4, 4, "working day", "~", "tiling a standard bathroom", "time taken", "duration")
aq = "We take on fitting jobs of 5 m² and more"
cl(H, aq, "We take on fitting jobs of 5 m² and more", "5 m² and more", 5, None, "m²", ">=", "fitting job", "minimum job size", "limit")
aq = "Delivery is free on orders over TRY 20.000"
cl(H, aq, "Delivery is free on orders over TRY 20.000 anywhere in İzmir province", "over TRY 20.000", 20000, None, "TRY", ">", "order delivered free", "order value", "limit")
aq = "Delivery inside the central districts costs TRY 600"
cl(H, aq, "Delivery inside the central districts costs TRY 600, for Bornova, Konak, Karşıyaka, Bayraklı and Buca", "TRY 600", 600, 600, "TRY", "=", "delivery in the central districts", "delivery charge", "price")
aq = "Special orders from Italy take up to 8 weeks"
sq = "Special orders from Italy take up to 8 weeks to arrive, and we ask for a 30% deposit when you place the order"
cl(H, aq, sq, "up to 8 weeks", None, 8, "week", "<=", "special order from Italy", "delivery time", "duration")
cl(H, aq, sq, "30% deposit", 30, 30, "%", "=", "special order", "deposit", "percentage")

# Trello FAQ board (11 answers)
aq = "Workmanship on every tiling job carries"
cl(J, aq, "Workmanship on every tiling job carries a 5-year warranty, and we come back free of charge to fix any loose or hollow tile", "5-year warranty", 5, 5, "year", "=", "fitting workmanship", "warranty period", "duration")
aq = "Unopened boxes may be returned within 30 days"
cl(J, aq, "Unopened boxes may be returned within 30 days of purchase for a refund, less the delivery charge", "within 30 days", None, 30, "day", "<=", "returning unopened boxes", "time allowed for a return", "duration")
aq = "The spring sale takes 15% off"
sq = "The spring sale takes 15% off the Efes marble-look range, so a 12.000,00 ₺ order costs 10.800,00 ₺ until the end of April"
cl(J, aq, sq, "15% off", 15, 15, "%", "=", "Efes marble-look range in the spring sale", "discount", "percentage")
cl(J, aq, sq, "12.000,00 ₺", 12000, 12000, "TRY", "=", "example Efes order", "list price", "price")
cl(J, aq, sq, "10.800,00 ₺", 10800, 10800, "TRY", "=", "example Efes order in the sale", "sale price", "price")
aq = "As of 2023, we run 4 fitting teams"
cl(J, aq, "As of 2023, we run 4 fitting teams, each with a lead tiler and an assistant", "4 fitting teams", 4, 4, "teams", "=", "Mavikaro", "number of fitting teams", "count")
aq = "As of 2025, the design appointment fee"
cl(J, aq, "As of 2025, the design appointment fee is 750,00 ₺ and it is paid when you book", "750,00 ₺", 750, 750, "TRY", "=", "design consultation", "fee", "price")
aq = "Yes. Deliveries to Çeşme, Urla"
cl(J, aq, "Deliveries to Çeşme, Urla and other outer districts cost 1.400,00 ₺ because of the distance", "1.400,00 ₺", 1400, 1400, "TRY", "=", "delivery to the outer districts", "delivery charge", "price")
aq = "Yes, the 5 kg bag of the same adhesive"
sq = "Yes, the 5 kg bag of the same adhesive costs 115,00 ₺ and is handy for small repairs"
cl(J, aq, sq, "5 kg", 5, 5, "kg", "=", "small bag of tile adhesive", "bag weight", "size")
cl(J, aq, sq, "115,00 ₺", 115, 115, "TRY/bag", "=", "5 kg bag of tile adhesive", "price", "price")
aq = "The joints between rectified tiles"
cl(J, aq, "The joints between rectified tiles are kept to 0,2 cm, so the floor looks almost seamless", "0,2 cm", 0.2, 0.2, "cm", "=", "rectified tiles", "grout joint width", "size")
aq = "It depends on the room."
cl(J, aq, "For example, a family bathroom might need 22 m² of wall tiles, and we always add some for cuts", "22 m²", 22, 22, "m²", "=", "example family bathroom", "wall tiles needed", "size", True)
aq = "Hiring a skip for rubble now costs"
cl(J, aq, "Hiring a skip for rubble now costs 1.200,00 ₺, and the fitters load it for you", "1.200,00 ₺", 1200, 1200, "TRY", "=", "rubble skip hire", "hire price", "price")
aq = "Jobs smaller than 5 m² are not accepted"
cl(J, aq, "Jobs smaller than 5 m² are not accepted by the fitting teams, but we are happy to sell you the tiles", "smaller than 5 m²", 5, None, "m²", ">=", "fitting job", "minimum job size", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
