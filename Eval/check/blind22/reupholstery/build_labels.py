#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the reupholstery domain (Brannock Reupholstery)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, W, Y = "email-replies.txt", "workshop-notes.md", "price-guide.html", "collection-and-care.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The email replies give free collection and delivery in Galway city, Oranmore, Athenry and Moycullen, while the workshop notes limit free collection to Galway city and Oranmore (elsewhere €0.80 per kilometre).",
  "towns with free collection and delivery", side(T, "We collect and deliver free to Galway city, Oranmore, Athenry and Moycullen"), side(M, "Free collection only applies in Galway city and Oranmore")),
 ("list", "The price guide says labour covers stripping back, new webbing, fresh foam and re-covering (only the fabric is extra), while the collection and care page says a labour quote covers stripping, webbing and re-covering, with foam extra.",
  "what the labour price includes", side(W, "Labour covers stripping back, new webbing, fresh foam and re-covering"), side(Y, "A labour quote covers stripping, webbing and re-covering, but foam is extra")),
 ("list", "The collection and care page takes card, bank transfer, cash or cheque, while the workshop notes accept card payments and bank transfers only.",
  "accepted payment methods", side(Y, "Pay by card, bank transfer, cash or cheque"), side(M, "Accept card payments and bank transfers, nothing else")),
 # polarity
 ("polarity", "The email replies accept fabric the customer bought elsewhere, while the price guide says the workshop can't use customer-supplied material.",
  "customer's own fabric", side(T, "We're happy to work with fabric you've bought elsewhere"), side(W, "We can’t use material that customers supply themselves")),
 ("polarity", "The collection and care page says leather sofas and chairs are re-covered, while the email replies say leather is outside what the workshop takes on.",
  "leather work", side(Y, "We re-cover leather sofas and chairs as well as fabric ones"), side(T, "Leather is outside what our workshop takes on")),
 ("polarity", "The workshop notes call caravan and boat cushions a big part of the spring work, while the collection and care page says cushions for boats or caravans aren't made.",
  "boat and caravan cushions", side(M, "Caravan and boat cushions are a big part of the spring work"), side(Y, "We don't make cushions for boats or caravans")),
 # numeric
 ("numeric", "The price guide gives a five-year workmanship guarantee, while the workshop notes cover stitching and fitting faults for three years.",
  "workmanship guarantee period", side(W, "All our workmanship carries a five-year guarantee"), side(M, "Stitching and fitting faults are covered for three years")),
 ("numeric", "The email replies ask for a 50% deposit, while the collection and care page puts the booking deposit at 30% of the quote.",
  "booking deposit", side(T, "A 50% deposit secures your slot in the workshop queue"), side(Y, "The booking deposit is 30% of the quote")),
 ("numeric", "The price guide charges €65 to re-cover a drop-in dining chair seat, while the collection and care page re-covers each drop-in seat pad for €55.",
  "price of re-covering a drop-in dining seat", side(W, "Re-covering a drop-in dining chair seat costs €65"), side(Y, "Each drop-in seat pad is re-covered for €55")),
 ("numeric", "The workshop notes keep finished pieces free for 14 days, while the email replies start storage charges seven days after the piece is ready.",
  "free storage period for a finished piece", side(M, "Finished pieces can stay in the workshop free for 14 days"), side(T, "storage charges begin seven days later, at €5 a day")),
 # arithmetic
 ("arithmetic", "7 metres x €38 is €266, not €286.",
  "fabric cost for an armchair in house linen", side(W, "Our house linen is €38 per metre, and it takes 7 metres"), side(W, "cover a typical armchair, so the fabric for one comes to €286")),
 ("arithmetic", "€400 plus 23% VAT is €492, not €482.",
  "VAT-inclusive invoice for a €400 trade job", side(Y, "Trade prices are quoted before VAT, which is 23%"), side(Y, "a €400 trade job is invoiced at €482")),
 ("arithmetic", "5 x €28 is €140, not €150.",
  "cost of refilling a five-cushion sofa", side(M, "Cushion refills are €28 per cushion in hollowfibre"), side(M, "so a five-cushion sofa is €150 to refill")),
 # stale
 ("stale", "A 2022 note puts three-seater sofa labour at €950, while a 2024 answer gives €1,150 in labour for a three-seater.",
  "labour price for a three-seater sofa", side(M, "(2022) Labour on a three-seater sofa is €950"), side(W, "Since 2024, reupholstering a three-seater costs €1,150")),
 ("stale", "A 2023 answer counts four upholsterers, while a 2025 answer counts six.",
  "number of upholsterers", side(Y, "(2023) Four upholsterers work in the workshop"), side(T, "As of 2025, six trained upholsterers work at our benches")),
 ("stale", "A 2023 answer prices the evening upholstery course at €280, while a 2025 answer prices the eight-week night class at €340.",
  "price of the evening upholstery course", side(T, "(2023) Our evening upholstery course is €280 for the full term"), side(Y, "Since 2025, our eight-week night class in upholstery is €340")),
]

traps = [
 ("Different size: footstools up to 60 cm across are €120, footstools and ottomans wider than 60 cm €190.",
  side(W, "Footstools up to 60 cm across are €120 to re-cover"), side(M, "Footstools and ottomans wider than 60 cm are priced at €190")),
 ("Different customer type: home furniture is charged €45 an hour, hotels and restaurants €52 an hour.",
  side(T, "Our hourly rate for home furniture is €45"), side(Y, "Hotels and restaurants are charged €52 an hour")),
 ("Different region: collection within three working days in Galway city, up to two weeks in Connemara.",
  side(T, "In Galway city we can usually collect within three working days"), side(M, "Connemara collections can take up to two weeks")),
 ("Different condition (cushion filling): a standard foam seat cushion is €48, a feather-wrapped one €75.",
  side(Y, "A standard foam seat cushion is €48"), side(W, "Feather-wrapped seat cushions cost €75 each")),
 ("Similarly named services: StainShield Plus €95 a sofa, StainShield €60 a sofa.",
  side(W, "StainShield Plus is €95 a sofa"), side(Y, "StainShield fabric protection is €60 for a sofa")),
 ("Same value in other units: 10 cm is about four inches (3.9 in).",
  side(M, "Standard seat foam is 10 cm thick"), side(Y, "Our usual seat foam is about four inches deep")),
 ("Correct computation: six chairs at €30 each are €180.",
  side(T, "Re-webbing costs €30 per chair"), side(T, "so a set of six dining chairs comes to €180")),
 ("Correct percentage: 15% off €480 is €408.",
  side(W, "Pensioners get 15% off labour on any job we do for them"), side(W, "a €480 armchair comes to €408")),
 ("A range containing the other value: 4 to 6 weeks contains about five weeks.",
  side(T, "Most jobs are back with you in 4 to 6 weeks"), side(W, "Expect your furniture back after about five weeks")),
 ("A hedged example (a badly damaged antique chair might take as long as 30 hours) vs the typical armchair (around 12 hours).",
  side(M, "For example, a badly damaged antique chair might take as long as 30 hours"), side(Y, "Most armchairs take around 12 hours of bench time")),
 ("An old value marked as old: swatch packs used to cost €5 before 2024; they are €8 now.",
  side(W, "Swatch packs used to cost €5 before 2024"), side(M, "A swatch pack of up to eight samples is €8")),
 ("'Up to' vs a typical value: a three-seater can use up to 18 metres of patterned fabric, most sofas take about 12 metres.",
  side(Y, "A three-seater can use up to 18 metres of patterned fabric"), side(M, "Most sofas we cover take about 12 metres of fabric")),
 ("An open list ('pieces such as sofas, armchairs, headboards and dining chairs') with an extra item (piano stools).",
  side(T, "We re-cover pieces such as sofas, armchairs, headboards and dining chairs"), side(W, "We also re-cover piano stools, including the lift-up music")),
 ("The same rule in both directions: no handover until the balance is paid / delivery once the balance has been paid.",
  side(M, "Never hand over a finished piece until the balance is paid"), side(T, "Your furniture is delivered once the final balance has been paid")),
]

labels = {"domain": "Brannock Reupholstery, a fictional furniture reupholstery workshop in Galway, Ireland (prices in euro, VAT included for home customers; trade prices before 23% VAT): sofas, armchairs, dining seats, footstools and ottomans, piano stools, cushions and refills, foam, fabric and swatches, StainShield and StainShield Plus, collection and delivery, deposits and payment, guarantees, storage, turnaround, the evening class and the team.",
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

# email replies (7 answers)
aq = "A 50% deposit secures your slot"
cl(T, aq, "A 50% deposit secures your slot in the workshop queue, and the rest is due when the job is finished", "50%", 50, 50, "%", "=", "booking", "deposit share of the price", "percentage")
aq = "Once we tell you your piece is ready"
sq = "Once we tell you your piece is ready, storage charges begin seven days later, at €5 a day"
cl(T, aq, sq, "seven days later", 7, 7, "day", "=", "finished piece awaiting collection", "free storage period", "duration")
cl(T, aq, sq, "€5 a day", 5, 5, "EUR/day", "=", "storage of a finished piece", "storage charge", "price")
aq = "As of 2025, six trained upholsterers"
cl(T, aq, "As of 2025, six trained upholsterers work at our benches, so we can take on bigger contract jobs for hotels and churches", "six trained upholsterers", 6, 6, "upholsterers", "=", "Brannock workshop", "upholsterers", "count")
aq = "(2023) Our evening upholstery course is €280"
cl(T, aq, "(2023) Our evening upholstery course is €280 for the full term, with all the tools provided on the night", "€280", 280, 280, "EUR", "=", "evening upholstery course", "course price", "price")
aq = "Our hourly rate for home furniture is €45"
cl(T, aq, "Our hourly rate for home furniture is €45, but you always get a fixed price before we start", "€45", 45, 45, "EUR/hour", "=", "home furniture work", "hourly rate", "price")
aq = "Re-webbing costs €30 per chair"
sq = "Re-webbing costs €30 per chair, so a set of six dining chairs comes to €180"
cl(T, aq, sq, "€30 per chair", 30, 30, "EUR", "=", "re-webbing a chair", "price per chair", "price")
cl(T, aq, sq, "six", 6, 6, "chairs", "=", "example set of dining chairs", "chairs re-webbed", "count")
cl(T, aq, sq, "€180", 180, 180, "EUR", "=", "re-webbing six dining chairs", "total price", "price")
aq = "Most jobs are back with you in 4 to 6 weeks"
cl(T, aq, "Most jobs are back with you in 4 to 6 weeks, depending on when your fabric arrives from the mill", "in 4 to 6 weeks", 4, 6, "week", "=", "reupholstery job", "turnaround time", "duration")

# workshop notes (11 answers)
aq = "Free collection only applies in Galway city and Oranmore."
cl(M, aq, "Anywhere else, charge €0.80 per kilometre each way, measured from the workshop gate", "€0.80 per kilometre", 0.8, 0.8, "EUR/km", "=", "collection outside Galway city and Oranmore", "collection charge per kilometre", "price")
aq = "Stitching and fitting faults are covered for three years"
cl(M, aq, "Stitching and fitting faults are covered for three years from the delivery date", "three years", 3, 3, "year", "=", "workmanship", "guarantee period", "duration")
aq = "Finished pieces can stay in the workshop free for 14 days."
cl(M, aq, "Finished pieces can stay in the workshop free for 14 days", "14 days", 14, 14, "day", "=", "finished piece awaiting collection", "free storage period", "duration")
aq = "Cushion refills are €28 per cushion"
sq = "Cushion refills are €28 per cushion in hollowfibre, so a five-cushion sofa is €150 to refill"
cl(M, aq, sq, "€28 per cushion", 28, 28, "EUR", "=", "hollowfibre cushion refill", "price per cushion", "price")
cl(M, aq, sq, "five-cushion", 5, 5, "cushions", "=", "example sofa", "cushions refilled", "count")
cl(M, aq, sq, "€150", 150, 150, "EUR", "=", "refilling a five-cushion sofa", "total price", "price")
aq = "(2022) Labour on a three-seater sofa is €950"
cl(M, aq, "(2022) Labour on a three-seater sofa is €950, with the fabric charged on top", "€950", 950, 950, "EUR", "=", "three-seater sofa", "labour price", "price")
aq = "Footstools and ottomans wider than 60 cm"
sq = "Footstools and ottomans wider than 60 cm are priced at €190, because they need a full-width top panel and a second run of piping"
cl(M, aq, sq, "wider than 60 cm", 60, None, "cm", ">", "large footstool or ottoman", "width", "limit")
cl(M, aq, sq, "€190", 190, 190, "EUR", "=", "footstool or ottoman wider than 60 cm", "re-covering price", "price")
aq = "Connemara collections can take up to two weeks"
cl(M, aq, "Connemara collections can take up to two weeks, since the van only goes west on alternate Fridays", "up to two weeks", None, 2, "week", "<=", "collection in Connemara", "time to collect", "duration")
aq = "Standard seat foam is 10 cm thick"
cl(M, aq, "Standard seat foam is 10 cm thick, in a medium-firm grade", "10 cm", 10, 10, "cm", "=", "standard seat foam", "thickness", "other")
aq = "Old frames hide surprises."
cl(M, aq, "For example, a badly damaged antique chair might take as long as 30 hours once the joints have been reglued", "as long as 30 hours", None, 30, "hour", "<=", "badly damaged antique chair", "workshop time", "duration", True)
aq = "A swatch pack of up to eight samples is €8"
sq = "A swatch pack of up to eight samples is €8, and it comes off the final invoice if the customer goes ahead with the job"
cl(M, aq, sq, "up to eight samples", None, 8, "samples", "<=", "swatch pack", "samples per pack", "limit")
cl(M, aq, sq, "€8", 8, 8, "EUR", "=", "swatch pack", "price", "price")
aq = "Most sofas we cover take about 12 metres"
cl(M, aq, "Most sofas we cover take about 12 metres of fabric, so that's the figure to give on the phone before anyone has measured", "about 12 metres", 12, 12, "m", "~", "sofa", "fabric needed", "other")

# price guide, Word filtered HTML (9 answers; sentence quotes stay on one source line)
aq = "Re-covering a drop-in dining chair seat costs €65"
cl(W, aq, "Re-covering a drop-in dining chair seat costs €65", "€65", 65, 65, "EUR", "=", "drop-in dining chair seat", "re-covering price", "price")
aq = "Since 2024, reupholstering a three-seater costs €1,150"
cl(W, aq, "Since 2024, reupholstering a three-seater costs €1,150", "€1,150", 1150, 1150, "EUR", "=", "three-seater sofa", "labour price", "price")
cl(W, aq, "A two-seater is €890", "€890", 890, 890, "EUR", "=", "two-seater sofa", "labour price", "price")
aq = "Footstools up to 60 cm across are €120"
sq = "Footstools up to 60 cm across are €120 to re-cover"
cl(W, aq, sq, "up to 60 cm across", None, 60, "cm", "<=", "footstool", "width", "limit")
cl(W, aq, sq, "€120", 120, 120, "EUR", "=", "footstool up to 60 cm across", "re-covering price", "price")
aq = "Pensioners get 15% off labour"
cl(W, aq, "Pensioners get 15% off labour on any job we do for them", "15% off", 15, 15, "%", "=", "pensioners", "labour discount", "percentage")
sq = "a €480 armchair comes to €408"
cl(W, aq, sq, "€480", 480, 480, "EUR", "=", "armchair", "full labour price", "price")
cl(W, aq, sq, "€408", 408, 408, "EUR", "=", "armchair with pensioner discount", "discounted price", "price")
aq = "Our house linen is €38 per metre"
sq = "Our house linen is €38 per metre, and it takes 7 metres to"
cl(W, aq, sq, "€38 per metre", 38, 38, "EUR/m", "=", "house linen", "fabric price per metre", "price")
cl(W, aq, sq, "7 metres", 7, 7, "m", "=", "typical armchair", "fabric needed", "other")
cl(W, aq, "cover a typical armchair, so the fabric for one comes to €286", "€286", 286, 286, "EUR", "=", "house linen for a typical armchair", "fabric cost", "price")
aq = "StainShield Plus is €95 a sofa"
sq = "StainShield Plus is €95 a sofa and adds two years of"
cl(W, aq, sq, "€95 a sofa", 95, 95, "EUR", "=", "StainShield Plus", "price per sofa", "price")
cl(W, aq, sq, "two years", 2, 2, "year", "=", "StainShield Plus", "stain cover period", "duration")
aq = "Swatch packs used to cost €5 before 2024"
cl(W, aq, "Swatch packs used to cost €5 before 2024", "€5", 5, 5, "EUR", "=", "swatch pack (old price)", "price", "price")
aq = "All our workmanship carries a five-year guarantee."
cl(W, aq, "All our workmanship carries a five-year guarantee", "five-year", 5, 5, "year", "=", "workmanship", "guarantee period", "duration")
aq = "Expect your furniture back after about five weeks"
cl(W, aq, "Expect your furniture back after about five weeks", "about five weeks", 5, 5, "week", "~", "reupholstery job", "turnaround time", "duration")

# collection and care page, Typora export (11 answers)
aq = "The booking deposit is 30% of the quote"
cl(Y, aq, "The booking deposit is 30% of the quote, paid when you choose your fabric", "30%", 30, 30, "%", "=", "booking", "deposit share of the price", "percentage")
aq = "Each drop-in seat pad is re-covered for €55"
cl(Y, aq, "Each drop-in seat pad is re-covered for €55, and we add a dust cover underneath", "€55", 55, 55, "EUR", "=", "drop-in dining chair seat", "re-covering price", "price")
aq = "A standard foam seat cushion is €48"
cl(Y, aq, "A standard foam seat cushion is €48, cut to the shape of your old one", "€48", 48, 48, "EUR", "=", "standard foam seat cushion", "price", "price")
aq = "StainShield fabric protection is €60"
cl(Y, aq, "StainShield fabric protection is €60 for a sofa, sprayed on in the workshop before delivery", "€60 for a sofa", 60, 60, "EUR", "=", "StainShield", "price per sofa", "price")
aq = "Yes. Hotels and restaurants are charged €52 an hour"
cl(Y, aq, "Hotels and restaurants are charged €52 an hour, and we can work on site outside their opening hours", "€52 an hour", 52, 52, "EUR/hour", "=", "hotel and restaurant work", "hourly rate", "price")
aq = "Yes. Trade prices are quoted before VAT"
sq = "Trade prices are quoted before VAT, which is 23%, and a €400 trade job is invoiced at €482"
cl(Y, aq, sq, "23%", 23, 23, "%", "=", "VAT", "tax rate", "percentage")
cl(Y, aq, sq, "€400", 400, 400, "EUR", "=", "example trade job before VAT", "price before VAT", "price")
cl(Y, aq, sq, "€482", 482, 482, "EUR", "=", "example trade job with VAT", "invoiced price", "price")
aq = "Our usual seat foam is about four inches deep"
cl(Y, aq, "Our usual seat foam is about four inches deep, which suits most sofas and armchairs", "about four inches", 4, 4, "inch", "~", "standard seat foam", "thickness", "other")
aq = "A three-seater can use up to 18 metres"
cl(Y, aq, "A three-seater can use up to 18 metres of patterned fabric, because the pattern has to line up across every cushion", "up to 18 metres", None, 18, "m", "<=", "three-seater sofa in patterned fabric", "fabric needed", "other")
aq = "Most armchairs take around 12 hours"
sq = "Most armchairs take around 12 hours of bench time, spread over two or three days"
cl(Y, aq, sq, "around 12 hours", 12, 12, "hour", "~", "armchair", "workshop time", "duration")
cl(Y, aq, sq, "two or three days", 2, 3, "day", "=", "armchair", "days the work is spread over", "duration")
aq = "Since 2025, our eight-week night class"
sq = "Since 2025, our eight-week night class in upholstery is €340, and you go home with a finished footstool"
cl(Y, aq, sq, "eight-week", 8, 8, "week", "=", "evening upholstery course", "course length", "duration")
cl(Y, aq, sq, "€340", 340, 340, "EUR", "=", "evening upholstery course", "course price", "price")
aq = "(2023) Four upholsterers work in the workshop"
sq = "(2023) Four upholsterers work in the workshop, along with one apprentice learning the trade"
cl(Y, aq, sq, "Four upholsterers", 4, 4, "upholsterers", "=", "Brannock workshop", "upholsterers", "count")
cl(Y, aq, sq, "one apprentice", 1, 1, "apprentices", "=", "Brannock workshop", "apprentices", "count")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
