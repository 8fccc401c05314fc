#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the hairsalons domain (Filo y Fleco)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "whatsapp-replies.txt", "front-desk-notes.md", "site-faq.html", "faq-sheet.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The WhatsApp replies say the Ritual de barba includes a hot towel, a trim, a razor line-up, beard oil and a face massage, while the Nikola FAQ page says the beard ritual gets you a clipper trim, one hot towel and a finishing balm (no line-up, oil or massage).",
  "what the beard ritual includes", side(T, "includes a hot towel, a trim, a razor line-up, beard oil and a face massage"), side(H, "beard ritual gets you a clipper trim, one hot towel and a finishing balm")),
 ("list", "The front desk notes say the desk takes cash, debit and credit cards, SPEI transfers and Mercado Pago, while the FAQ sheet says payment is by cash or bank card only, with no transfers or app payments.",
  "accepted payment methods", side(M, "The front desk takes cash, debit and credit cards, SPEI transfers and Mercado Pago"), side(J, "Payment is by cash or bank card only")),
 ("list", "The FAQ sheet says the Paquete Novia covers a trial run, the wedding-day updo, makeup and a touch-up kit, while the WhatsApp replies say the bridal package is only the hairstyle and makeup on the day, with the trial paid separately.",
  "what the bridal package includes", side(J, "Paquete Novia covers a trial run, the wedding-day updo, makeup and a touch-up kit"), side(T, "bridal package is the hairstyle and the makeup on the wedding day only")),
 # polarity
 ("polarity", "The FAQ page welcomes walk-ins at every barbershop, while the front desk notes say barbershop chairs are by appointment only.",
  "walk-ins at the barbershops", side(H, "Walk-ins are welcome at every one of our barbershops"), side(M, "Barbershop chairs are by appointment only")),
 ("polarity", "The WhatsApp replies say tips can be added to the card payment at the terminal, while the FAQ sheet says the card machines cannot take a gratuity and tips must be left in cash.",
  "tipping by card", side(T, "Tips can be added to the card payment at the terminal"), side(J, "The card machines cannot take a gratuity, so please leave tips in cash")),
 ("polarity", "The front desk notes tell staff to offer a free cold beer to barbershop clients over 18, while the FAQ page says no alcoholic drinks are served at any branch.",
  "alcohol served to clients", side(M, "Offer a cold beer on the house to every barbershop client over 18"), side(H, "No alcoholic drinks are served at any Filo y Fleco branch")),
 # numeric
 ("numeric", "The WhatsApp replies return the deposit when a booking is cancelled at least 24 hours ahead, while the FAQ sheet says cancelling with less than 48 hours' notice loses the deposit (anticipo).",
  "notice needed to keep the deposit when cancelling", side(T, "cancel at least 24 hours ahead and your deposit is returned in full"), side(J, "Cancellations made with less than 48 hours' notice lose the anticipo")),
 ("numeric", "The FAQ page holds a late client's chair for 15 minutes, while the front desk notes say a client more than 10 minutes late loses the slot.",
  "grace period for a late client", side(H, "We hold your chair for 15 minutes after the booked time"), side(M, "A client more than 10 minutes late loses the slot")),
 ("numeric", "The front desk notes price the corte clasico at 280 pesos at every branch, while the FAQ sheet says a classic men's cut costs 250 pesos in both cities.",
  "price of a classic men's haircut", side(M, "The corte clásico is $280.00 at every branch"), side(J, "A classic men's cut costs MX$ 250 in both cities")),
 ("numeric", "The WhatsApp replies say a gift card (tarjeta de regalo) expires six months after purchase, while the FAQ page says gift cards are valid for 12 months.",
  "gift card validity", side(T, "tarjeta de regalo expires six months after it is bought"), side(H, "Gift cards are valid for 12 months from the date of purchase")),
 # arithmetic
 ("arithmetic", "Five bridesmaids at 850 pesos each is 4,250 pesos, not 4,450 pesos.",
  "hair for a party of five bridesmaids", side(T, "Hair for each bridesmaid is 850 pesos, so a party of five bridesmaids"), side(T, "comes to 4,450 pesos, paid with the bride's booking")),
 ("arithmetic", "1,250 pesos plus IVA at 16% is 1,450 pesos, not 1,470 pesos.",
  "corporate grooming voucher with IVA", side(M, "Corporate grooming vouchers are $1,250 MXN each before IVA"), side(M, "with IVA at 16% the invoice total is $1,470 MXN per voucher")),
 ("arithmetic", "12 months at 599 pesos is 7,188 pesos a year, not 7,088 pesos.",
  "yearly cost of the Club Barba membership", side(J, "unlimited beard trims for MX$ 599 a month"), side(J, "so a full year comes to MX$ 7,088")),
 # stale
 ("stale", "A 2022 answer on the FAQ page asks a 200-peso deposit for colour appointments, while a 2025 sheet entry asks an anticipo of 350 pesos for any colour booking.",
  "deposit for a colour booking", side(H, "(2022) Colour appointments need a $200 deposit"), side(J, "Since 2025, an anticipo of MX$ 350 secures any colour booking")),
 ("stale", "A 2023 answer on the FAQ page prices the keratin smoothing treatment at 1,800 pesos, while a 2025 front desk note says to charge 2,100 pesos for keratin straightening.",
  "price of a keratin treatment", side(H, "(2023) Our keratin smoothing treatment is MX$ 1,800"), side(M, "As of 2025, charge $2,100.00 for keratin straightening")),
 ("stale", "A 2022 front desk note says the chain runs two locations in Monterrey, while a reply stamped 'Since 2024' says Monterrey has three branches (Cumbres is new).",
  "number of branches in Monterrey", side(M, "(2022) We run two locations in Monterrey"), side(T, "Since 2024, Monterrey has three branches")),
]

traps = [
 ("Different region: a skin fade is 320 pesos in Monterrey and 290 pesos at the Guadalajara barbershops.",
  side(H, "In Monterrey a skin fade is MX$ 320"), side(J, "A skin fade at our Guadalajara barbershops is MX$ 290")),
 ("Different tier: a women's cut and blow-dry is 450 pesos with a stylist from the regular team and 650 pesos with a master stylist (the notes even say master stylists charge more).",
  side(M, "Cut and blow-dry for women, with a stylist from the regular team, is $450.00"), side(T, "With one of our master stylists, a women's cut and blow-dry is 650 pesos")),
 ("Different hair length: full colour for short hair is 1,100 pesos, global colour on long hair 1,650 pesos.",
  side(J, "Full colour for short hair is $1,100 MXN"), side(H, "Global colour on long hair runs MX$ 1,650")),
 ("Different day: beard trims are 150 pesos on Tuesdays (a promotion); the ordinary price of a beard trim is 200 pesos.",
  side(T, "On Tuesdays, beard trims are $150 at all our barbershops"), side(M, "A beard trim on its own is $200.00")),
 ("Similarly named products: the Kit Barba (oil and comb, 390 pesos) and the Kit Barba Deluxe (balm, oil, comb and brush, 690 pesos).",
  side(T, "The Kit Barba, with beard oil and a wooden comb, sells for 390 pesos"), side(J, "The Kit Barba Deluxe, with balm, oil, comb and brush, is MX$ 690")),
 ("Same value in other units: 180 minutes is 3 hours for a balayage.",
  side(M, "Block 180 minutes in the agenda for a balayage"), side(H, "A balayage appointment takes about 3 hours")),
 ("Correct computation: four shaves at 380 pesos are 1,520 pesos.",
  side(H, "A hot-towel shave is $380, and a pack of four shaves"), side(H, "costs $1,520 paid up front")),
 ("Correct percentage: 15% off 400 pesos is 340 pesos.",
  side(T, "Students get 15% off with a valid credential"), side(T, "so a 400-peso service costs them 340 pesos")),
 ("About 2.5 hours lies inside the 2 to 3 hours range for full-head highlights.",
  side(M, "Full-head highlights take 2 to 3 hours in the chair"), side(J, "Most highlights appointments are finished in about 2.5 hours")),
 ("Every 2 weeks is a hedged example ('for example ... might') for someone keeping a skin fade, not the typical client's cut about every 4 weeks.",
  side(T, "for example, someone keeping a sharp skin fade might come back every 2 weeks"), side(H, "Most of our clients book a cut about every 4 weeks")),
 ("The 150-peso kids' cut is explicitly the price before 2024; 180 pesos is today's price for children under 12.",
  side(M, "Kids' cuts were $150.00 before 2024"), side(J, "A haircut for children under 12 is MX$ 180")),
 ("'Up to 5 days' (with a silk pillowcase) is a maximum; a blowout usually holds about 3 days.",
  side(T, "A blowout usually holds about 3 days"), side(H, "A blowout can last up to 5 days")),
 ("The list of colour services is open ('such as'), so fantasy colours at the Providencia salon are one more service, not a contradiction.",
  side(J, "include options such as global colour, highlights, balayage and toning"), side(T, "Fantasy colours like pastel pink and electric blue are done")),
 ("The same rule on minors stated in both directions (under 16 must come with a parent or guardian / only 16 or older may be served without an adult).",
  side(M, "Clients under 16 must come with a parent or guardian"), side(H, "Only clients aged 16 or older may be served without an adult present")),
]

DOMAIN = ("Filo y Fleco, a fictional chain of barbershops and hair salons in Guadalajara (Chapultepec, Providencia, "
          "Andares) and Monterrey (Barrio Antiguo, Valle Oriente in San Pedro, Cumbres), Mexico; prices in Mexican pesos "
          "written '$150', '450 pesos', '$1,250 MXN', '$2,100.00' and 'MX$ 320', IVA (16%) included unless a text says "
          "otherwise: beard ritual, bridal package and bridesmaids, payment methods, tips, cancellation and deposits (old "
          "and current colour deposit), late arrivals, walk-ins, drinks, classic cut, skin fades by city, women's cuts by "
          "tier, colour by hair length, keratin (old and current price), balayage and highlights times, beard trims and the "
          "Tuesday price, Club Barba membership, Kit Barba and Kit Barba Deluxe, shave packs, student discount, corporate "
          "vouchers with IVA, gift cards, branches in Monterrey (old and current), kids' cuts (old and current), minors, "
          "blowouts, how often to book, fantasy colours, facturas, parking, lost property, allergy tests and Wi-Fi.")
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

# WhatsApp replies (11 answers)
aq = "Our bridal package is the hairstyle"
cl(T, aq, "Our bridal package is the hairstyle and the makeup on the wedding day only; the trial is booked and paid for separately, 1,200 pesos", "1,200 pesos", 1200, 1200, "MXN", "=", "bridal hair and makeup trial", "price", "price")
aq = "Please cancel at least 24 hours ahead"
cl(T, aq, "Please cancel at least 24 hours ahead and your deposit is returned in full; if plans change, just reply to this chat", "at least 24 hours", 24, None, "hour", ">=", "cancellation", "notice needed to keep the deposit", "limit")
aq = "A tarjeta de regalo expires six months"
cl(T, aq, "A tarjeta de regalo expires six months after it is bought, and it works at any branch in either city", "six months", 6, 6, "month", "=", "gift card", "validity", "duration")
aq = "Hair for each bridesmaid is 850 pesos"
sq = "Hair for each bridesmaid is 850 pesos, so a party of five bridesmaids comes to 4,450 pesos, paid with the bride's booking"
cl(T, aq, sq, "850 pesos", 850, 850, "MXN/person", "=", "bridesmaid hair", "price", "price")
cl(T, aq, sq, "a party of five bridesmaids", 5, 5, "people", "=", "example bridal party", "number of bridesmaids", "count")
cl(T, aq, sq, "4,450 pesos", 4450, 4450, "MXN", "=", "hair for a party of five bridesmaids", "total price", "price")
aq = "Since 2024, Monterrey has three branches"
cl(T, aq, "Since 2024, Monterrey has three branches: Barrio Antiguo, Valle Oriente in San Pedro and the new one in Cumbres", "three branches", 3, 3, "branches", "=", "Monterrey", "number of branches", "count")
aq = "With one of our master stylists"
cl(T, aq, "With one of our master stylists, a women's cut and blow-dry is 650 pesos, and you can ask for any of them by name", "650 pesos", 650, 650, "MXN", "=", "women's cut and blow-dry, master stylist", "price", "price")
aq = "On Tuesdays, beard trims are $150"
cl(T, aq, "On Tuesdays, beard trims are $150 at all our barbershops, no coupon needed", "$150", 150, 150, "MXN", "=", "beard trim on Tuesdays", "price", "price")
aq = "The Kit Barba, with beard oil and a wooden comb"
cl(T, aq, "The Kit Barba, with beard oil and a wooden comb, sells for 390 pesos at the front desk of every branch", "390 pesos", 390, 390, "MXN", "=", "Kit Barba", "price", "price")
aq = "Students get 15% off with a valid credential"
sq = "Students get 15% off with a valid credential, so a 400-peso service costs them 340 pesos"
cl(T, aq, sq, "15% off", 15, 15, "%", "=", "student", "discount", "percentage")
cl(T, aq, sq, "400-peso service", 400, 400, "MXN", "=", "example service", "full price", "price")
cl(T, aq, sq, "340 pesos", 340, 340, "MXN", "=", "example service for a student", "discounted price", "price")
aq = "How often to book depends on the style"
cl(T, aq, "How often to book depends on the style; for example, someone keeping a sharp skin fade might come back every 2 weeks", "every 2 weeks", 2, 2, "week", "=", "example client keeping a skin fade", "interval between haircuts", "duration", True)
aq = "A blowout usually holds about 3 days"
cl(T, aq, "A blowout usually holds about 3 days, a little less if you work out or it rains", "about 3 days", 3, 3, "day", "~", "blowout", "how long it holds", "duration")

# front desk notes (12 answers)
aq = "Offer a cold beer on the house"
cl(M, aq, "Offer a cold beer on the house to every barbershop client over 18, or a coffee or agua fresca if they prefer", "over 18", 18, None, "year", ">", "free beer for barbershop clients", "minimum age", "limit")
aq = "A client more than 10 minutes late loses the slot."
cl(M, aq, "A client more than 10 minutes late loses the slot", "more than 10 minutes", 10, 10, "minute", "=", "late arrival", "grace period", "limit")
aq = "The corte clásico is $280.00"
cl(M, aq, "The corte clásico is $280.00 at every branch, wash included", "$280.00", 280, 280, "MXN", "=", "classic men's haircut", "price", "price")
aq = "Corporate grooming vouchers are $1,250 MXN"
sq = "Corporate grooming vouchers are $1,250 MXN each before IVA; with IVA at 16% the invoice total is $1,470 MXN per voucher"
cl(M, aq, sq, "$1,250 MXN", 1250, 1250, "MXN", "=", "corporate grooming voucher", "price before IVA", "price")
cl(M, aq, sq, "IVA at 16%", 16, 16, "%", "=", "IVA", "tax rate", "percentage")
cl(M, aq, sq, "$1,470 MXN", 1470, 1470, "MXN", "=", "corporate grooming voucher", "invoice total with IVA", "price")
aq = "As of 2025, charge $2,100.00 for keratin straightening"
cl(M, aq, "As of 2025, charge $2,100.00 for keratin straightening, any hair length", "$2,100.00", 2100, 2100, "MXN", "=", "keratin treatment", "price", "price")
cl(M, aq, "Remind the client not to wash their hair for two days afterwards", "two days", 2, 2, "day", "=", "after a keratin treatment", "time without washing hair", "duration")
aq = "(2022) We run two locations in Monterrey"
sq = "(2022) We run two locations in Monterrey, Barrio Antiguo and Valle Oriente, and three in Guadalajara"
cl(M, aq, sq, "two locations", 2, 2, "branches", "=", "Monterrey", "number of branches", "count")
cl(M, aq, sq, "three in Guadalajara", 3, 3, "branches", "=", "Guadalajara", "number of branches", "count")
aq = "Cut and blow-dry for women"
cl(M, aq, "Cut and blow-dry for women, with a stylist from the regular team, is $450.00", "$450.00", 450, 450, "MXN", "=", "women's cut and blow-dry, regular stylist", "price", "price")
aq = "A beard trim on its own is $200.00"
sq = "A beard trim on its own is $200.00 and takes 20 minutes"
cl(M, aq, sq, "$200.00", 200, 200, "MXN", "=", "beard trim", "price", "price")
cl(M, aq, sq, "20 minutes", 20, 20, "minute", "=", "beard trim", "duration", "duration")
aq = "Block 180 minutes in the agenda"
cl(M, aq, "Block 180 minutes in the agenda for a balayage, and add the consultation before it", "180 minutes", 180, 180, "minute", "=", "balayage", "duration", "duration")
aq = "Full-head highlights take 2 to 3 hours"
cl(M, aq, "Full-head highlights take 2 to 3 hours in the chair, depending on length and thickness", "2 to 3 hours", 2, 3, "hour", "=", "full-head highlights", "duration", "duration")
aq = "Kids' cuts were $150.00 before 2024."
cl(M, aq, "Kids' cuts were $150.00 before 2024", "$150.00", 150, 150, "MXN", "=", "children's haircut before 2024", "old price", "price")
aq = "Clients under 16 must come with a parent"
cl(M, aq, "Clients under 16 must come with a parent or guardian, who signs the colour consent form", "under 16", 16, None, "year", ">=", "client without a parent or guardian", "minimum age", "limit")

# Nikola FAQ page (11 answers)
aq = "In Monterrey a skin fade is MX$ 320"
cl(H, aq, "In Monterrey a skin fade is MX$ 320 at Barrio Antiguo and Cumbres", "MX$ 320", 320, 320, "MXN", "=", "skin fade in Monterrey", "price", "price")
aq = "Global colour on long hair runs MX$ 1,650"
cl(H, aq, "Global colour on long hair runs MX$ 1,650, toner included", "MX$ 1,650", 1650, 1650, "MXN", "=", "full colour, long hair", "price", "price")
aq = "(2023) Our keratin smoothing treatment is MX$ 1,800"
cl(H, aq, "(2023) Our keratin smoothing treatment is MX$ 1,800, whatever your hair length", "MX$ 1,800", 1800, 1800, "MXN", "=", "keratin treatment", "price", "price")
aq = "A hot-towel shave is $380"
sq = "A hot-towel shave is $380, and a pack of four shaves costs $1,520 paid up front"
cl(H, aq, sq, "$380", 380, 380, "MXN", "=", "hot-towel shave", "price", "price")
cl(H, aq, sq, "a pack of four shaves", 4, 4, "shaves", "=", "shave pack", "shaves included", "count")
cl(H, aq, sq, "$1,520", 1520, 1520, "MXN", "=", "shave pack", "price", "price")
aq = "Gift cards are valid for 12 months"
cl(H, aq, "Gift cards are valid for 12 months from the date of purchase and can be topped up at any front desk", "12 months", 12, 12, "month", "=", "gift card", "validity", "duration")
aq = "(2022) Colour appointments need a $200 deposit"
cl(H, aq, "(2022) Colour appointments need a $200 deposit, paid when you book", "$200 deposit", 200, 200, "MXN", "=", "colour booking", "deposit", "price")
aq = "We hold your chair for 15 minutes"
cl(H, aq, "We hold your chair for 15 minutes after the booked time; after that it goes to the next client on the list", "15 minutes", 15, 15, "minute", "=", "late arrival", "grace period", "limit")
aq = "A balayage appointment takes about 3 hours"
cl(H, aq, "A balayage appointment takes about 3 hours, so come with time to spare", "about 3 hours", 3, 3, "hour", "~", "balayage", "duration", "duration")
aq = "Most of our clients book a cut about every 4 weeks"
cl(H, aq, "Most of our clients book a cut about every 4 weeks", "about every 4 weeks", 4, 4, "week", "~", "typical client", "interval between haircuts", "duration")
aq = "Only clients aged 16 or older"
cl(H, aq, "Only clients aged 16 or older may be served without an adult present", "aged 16 or older", 16, None, "year", ">=", "client without a parent or guardian", "minimum age", "limit")
aq = "A blowout can last up to 5 days"
cl(H, aq, "A blowout can last up to 5 days if you sleep on a silk pillowcase", "up to 5 days", None, 5, "day", "<=", "blowout", "how long it holds", "duration")

# Google Sheets FAQ (10 answers)
aq = "The Paquete Novia covers a trial run"
cl(J, aq, "Book at least 3 months before the wedding", "at least 3 months", 3, None, "month", ">=", "bridal package", "advance booking", "limit")
aq = "Cancellations made with less than 48 hours"
cl(J, aq, "Cancellations made with less than 48 hours' notice lose the anticipo, which pays for the stylist's reserved time", "less than 48 hours' notice", 48, None, "hour", ">=", "cancellation", "notice needed to keep the deposit", "limit")
aq = "A classic men's cut costs MX$ 250"
cl(J, aq, "A classic men's cut costs MX$ 250 in both cities", "MX$ 250", 250, 250, "MXN", "=", "classic men's haircut", "price", "price")
aq = "A skin fade at our Guadalajara barbershops"
cl(J, aq, "A skin fade at our Guadalajara barbershops is MX$ 290, with a free line-up at the neck", "MX$ 290", 290, 290, "MXN", "=", "skin fade in Guadalajara", "price", "price")
aq = "Full colour for short hair is $1,100 MXN"
cl(J, aq, "Full colour for short hair is $1,100 MXN, including a gloss", "$1,100 MXN", 1100, 1100, "MXN", "=", "full colour, short hair", "price", "price")
aq = "Most highlights appointments are finished"
cl(J, aq, "Most highlights appointments are finished in about 2.5 hours", "about 2.5 hours", 2.5, 2.5, "hour", "~", "full-head highlights", "duration", "duration")
aq = "The Kit Barba Deluxe"
cl(J, aq, "The Kit Barba Deluxe, with balm, oil, comb and brush, is MX$ 690; it comes in a tin gift box", "MX$ 690", 690, 690, "MXN", "=", "Kit Barba Deluxe", "price", "price")
aq = "A haircut for children under 12"
sq = "A haircut for children under 12 is MX$ 180, and every child gets a lollipop at the end"
cl(J, aq, sq, "under 12", None, 12, "year", "<", "children's haircut", "maximum age", "limit")
cl(J, aq, sq, "MX$ 180", 180, 180, "MXN", "=", "children's haircut", "price", "price")
aq = "Club Barba is our beard membership"
sq = "Club Barba is our beard membership: unlimited beard trims for MX$ 599 a month, so a full year comes to MX$ 7,088"
cl(J, aq, sq, "MX$ 599 a month", 599, 599, "MXN/month", "=", "Club Barba membership", "fee", "price")
cl(J, aq, sq, "MX$ 7,088", 7088, 7088, "MXN/year", "=", "Club Barba membership", "yearly cost", "price")
cl(J, aq, "Cancel any time with 30 days' notice", "30 days' notice", 30, 30, "day", "=", "Club Barba membership", "notice to cancel", "limit")
aq = "Since 2025, an anticipo of MX$ 350"
cl(J, aq, "Since 2025, an anticipo of MX$ 350 secures any colour booking", "MX$ 350", 350, 350, "MXN", "=", "colour booking", "deposit", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
