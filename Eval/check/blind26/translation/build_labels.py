#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the translation domain (Minato Wordworks)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, A, B = "inbox-macros.txt", "coordinator-handbook.md", "client-guide.html", "certified-translation.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The Big Cartel product page says the agency works directly in Word, Excel, PowerPoint, InDesign and PDF files, while the inbox replies limit editable source files to Word, Excel and PowerPoint.",
  "source file formats the agency accepts", side(B, "We work directly in Word, Excel, PowerPoint, InDesign and PDF files"), side(T, "Editable source files are limited to Word, Excel and PowerPoint")),
 ("list", "The AbiWord client guide says the interpreters cover English, Mandarin, Korean and German, while the inbox replies offer interpreting in English and Mandarin only.",
  "interpreting languages", side(A, "Our interpreters cover English, Mandarin, Korean and German"), side(T, "Interpreting is offered in English and Mandarin only")),
 ("list", "The coordinator handbook says a certified translation comes with a signed statement, the seal and a posted hard copy, while the product page says the package is a signed accuracy statement and a stamped PDF, nothing on paper.",
  "what a certified translation includes", side(M, "Each certified translation comes with a signed statement, our seal and a posted hard copy"), side(B, "The package is a signed accuracy statement and a stamped PDF")),
 # polarity
 ("polarity", "The inbox replies say the agency arranges notarization at a Yokohama notary office for the client, while the client guide says notarization is not something it handles and clients book the notary themselves.",
  "arranging notarization", side(T, "We arrange notarization at a Yokohama notary office on your behalf"), side(A, "Notarization is not something we handle, so clients book the notary office themselves")),
 ("polarity", "The product page says no machine translation engine ever touches client documents, while the coordinator handbook says bulk manuals are pre-translated with a machine engine before a linguist edits them.",
  "use of machine translation", side(B, "No machine translation engine ever touches your documents"), side(M, "Drafts for bulk manuals are pre-translated with a machine engine")),
 ("polarity", "The client guide says interpreters can be booked on Saturdays and Sundays, while the coordinator handbook says the agency doesn't send interpreters out on weekends.",
  "interpreting on weekends", side(A, "Interpreters can be booked on Saturdays and Sundays"), side(M, "We don't send interpreters out on weekends or national holidays")),
 # numeric
 ("numeric", "The inbox replies price Japanese-to-English translation at ¥14 per source character, while the client guide charges 16 yen a character.",
  "per-character rate for Japanese to English", side(T, "Japanese to English runs ¥14 per source character"), side(A, "Japanese-to-English work is charged at 16 yen a character")),
 ("numeric", "The coordinator handbook prices a full-day interpreter at ¥80,000, while the client guide says a whole day costs JPY 95,000.",
  "price of a full-day interpreter booking", side(M, "A full-day interpreter booking is ¥80,000"), side(A, "Booking an interpreter for a whole day costs JPY 95,000")),
 ("numeric", "The product page deletes files 90 days after delivery, while the inbox replies erase project files once 30 days have passed.",
  "how long project files are kept after delivery", side(B, "Files are deleted from our servers 90 days after delivery"), side(T, "Once 30 days have passed since delivery, we erase the project files")),
 ("numeric", "The client guide puts the rush surcharge at 30%, while the coordinator handbook bills jobs ahead of the standard schedule at an extra 50%.",
  "rush surcharge", side(A, "Rush jobs carry a 30% surcharge"), side(M, "Jobs needed ahead of the standard schedule are billed at an extra 50%")),
 # arithmetic
 ("arithmetic", "2,400 words x ¥22 is ¥52,800, not ¥48,800.",
  "price of a 2,400-word English-to-Japanese manual", side(M, "A 2,400-word English manual at ¥22 a word"), side(M, "comes to ¥48,800 before tax")),
 ("arithmetic", "¥15,400 plus 10% consumption tax is ¥16,940, not ¥16,840.",
  "tax-inclusive total of a ¥15,400 order", side(B, "On an order of ¥15,400 before tax"), side(B, "adding the 10% consumption tax gives a total of ¥16,840")),
 ("arithmetic", "15,000 characters at about 3,000 characters a business day is 5 business days, not 4.",
  "time to translate a 15,000-character report", side(A, "Each translator handles about 3,000 characters per business day"), side(A, "so a 15,000-character report needs 4 business days")),
 # stale
 ("stale", "A 2022 reply prices a certified translation at ¥5,500 a document, while a 2025 answer prices each certified document at ¥7,700.",
  "price of a certified translation per document", side(T, "(2022) A certified translation of one document is ¥5,500"), side(B, "As of 2025, each certified document is priced at ¥7,700")),
 ("stale", "A 2023 entry counts 45 freelance interpreters on the roster, while a 2025 answer says the agency works with 70 interpreters on call.",
  "number of interpreters", side(M, "(2023) Our roster lists 45 freelance interpreters"), side(A, "Since 2025, we have worked with 70 interpreters on call")),
 ("stale", "A 2023 answer sets the minimum charge at ¥3,300, while a 2025 reply says the smallest invoice is ¥6,600.",
  "minimum charge for a translation job", side(A, "(2023) The minimum charge for any translation job is ¥3,300"), side(T, "As of 2025, the smallest invoice we issue is ¥6,600")),
]

traps = [
 ("Different tier: standard certified orders are dispatched within 5 business days, express certified orders are ready in 2 business days.",
  side(B, "Standard certified orders are dispatched within 5 business days"), side(T, "Express certified orders are ready in 2 business days")),
 ("Different region: no travel charge within Tokyo's 23 wards and Yokohama, a ¥15,000 travel fee outside the Kanto region.",
  side(A, "Within Tokyo's 23 wards and Yokohama, there is no travel charge"), side(M, "Assignments outside the Kanto region add a ¥15,000 travel fee")),
 ("Different condition: cancelling more than 7 days ahead is free, cancelling within 2 business days is charged at 100%.",
  side(M, "Cancelling more than 7 days before the assignment costs nothing"), side(T, "Cancellations within 2 business days of the assignment are charged at 100%")),
 ("Different service: a half day with one consecutive interpreter is ¥45,000, simultaneous interpreting for a half day is ¥120,000 for a two-person team.",
  side(T, "A half-day booking with one consecutive interpreter is ¥45,000"), side(A, "Simultaneous interpreting for a half day is ¥120,000 for the two-person team")),
 ("Similarly named services: Native Check is ¥6 per word, Native Check Pro (with a second reviewer) ¥11 per word.",
  side(B, "Our Native Check service is ¥6 per word"), side(M, "Native Check Pro, with a second reviewer, is ¥11 per word")),
 ("Same value in other units: 2 GB is 2,048 MB.",
  side(B, "Our upload portal accepts files of up to 2 GB each"), side(T, "Anything larger than 2,048 MB should come to us on an encrypted USB drive")),
 ("Correct computation: 12 minutes at ¥1,800 a minute is ¥21,600.",
  side(T, "Subtitling is ¥1,800 per minute of video"), side(T, "so a 12-minute company video comes to ¥21,600")),
 ("Correct percentage: 10% of ¥150,000 is ¥15,000.",
  side(M, "Add 10% consumption tax to every domestic invoice"), side(M, "For a ¥150,000 quote, the tax adds ¥15,000")),
 ("A range containing the other value: 7 to 10 business days contains about eight business days.",
  side(A, "Video subtitling projects take 7 to 10 business days"), side(M, "A subtitled video usually comes back in about eight business days")),
 ("A hedged example (a dense shareholder agreement might run as much as 9,000 characters) vs the typical contract (about 4,000 characters).",
  side(A, "For example, a dense shareholder agreement might run as much as 9,000 characters"), side(M, "Most contracts we see are about 4,000 characters")),
 ("An old value marked as old: apostille support used to cost ¥3,000 before 2024; the handling fee is ¥4,400 now.",
  side(B, "Apostille support used to cost ¥3,000 before 2024"), side(T, "The apostille handling fee is ¥4,400 per document")),
 ("'Up to' vs a typical value: a half-day assignment can run up to 4 hours, most half-day meetings wrap up in about three hours.",
  side(T, "A half-day assignment can run up to 4 hours"), side(A, "Most half-day meetings wrap up in about three hours")),
 ("An open list ('certificates such as family registers, residence certificates, driver's licences and diplomas') with an extra item (bank statements).",
  side(B, "We translate certificates such as family registers, residence certificates, driver's licences and diplomas"), side(M, "We also translate bank statements for visa files")),
 ("The same rule in both directions: never email documents to a translator directly / translators may only receive files through the secure portal.",
  side(B, "Please never email your documents to a translator directly"), side(M, "Translators may only receive files through the secure portal")),
]

labels = {"domain": "Minato Wordworks, a fictional translation and interpreting agency in Yokohama, Japan, serving foreign companies and their staff (prices in Japanese yen; 10% consumption tax): per-character and per-word translation rates, certified translations, notarization and apostilles, turnaround times and rush surcharges, minimum charges, subtitling, Native Check proofreading, consecutive and simultaneous interpreters (half-day and full-day bookings, languages, weekends, travel, cancellations, the interpreter roster), file formats, upload limits, file retention, machine translation and confidentiality.",
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

# inbox macros (11 answers)
aq = "Japanese to English runs ¥14 per source character"
cl(T, aq, "Japanese to English runs ¥14 per source character, counted on the original Japanese text", "¥14 per source character", 14, 14, "JPY/character", "=", "Japanese-to-English translation", "per-character rate", "price")
aq = "Once 30 days have passed since delivery"
cl(T, aq, "Once 30 days have passed since delivery, we erase the project files from our servers and laptops", "30 days", 30, 30, "day", "=", "project files", "retention period after delivery", "duration")
aq = "(2022) A certified translation of one document"
cl(T, aq, "(2022) A certified translation of one document is ¥5,500, signed statement included", "¥5,500", 5500, 5500, "JPY/document", "=", "certified translation", "price per document", "price")
aq = "As of 2025, the smallest invoice we issue"
cl(T, aq, "As of 2025, the smallest invoice we issue is ¥6,600, even for a single short paragraph", "¥6,600", 6600, 6600, "JPY", "=", "translation job", "minimum charge", "price")
aq = "Express certified orders are ready in 2 business days"
cl(T, aq, "Express certified orders are ready in 2 business days if you order before noon", "2 business days", 2, 2, "business day", "=", "express certified order", "turnaround time", "duration")
aq = "Cancellations within 2 business days of the assignment"
sq = "Cancellations within 2 business days of the assignment are charged at 100% of the booking fee"
cl(T, aq, sq, "within 2 business days", None, 2, "business day", "<=", "late interpreter cancellation", "notice before the assignment", "duration")
cl(T, aq, sq, "100%", 100, 100, "%", "=", "late interpreter cancellation", "cancellation fee", "percentage")
aq = "A half-day booking with one consecutive interpreter"
sq = "A half-day booking with one consecutive interpreter is ¥45,000, plus consumption tax"
cl(T, aq, sq, "one consecutive interpreter", 1, 1, "interpreter", "=", "half-day consecutive booking", "interpreters per booking", "count")
cl(T, aq, sq, "¥45,000", 45000, 45000, "JPY", "=", "half-day consecutive interpreter booking", "booking price", "price")
aq = "Anything larger than 2,048 MB"
cl(T, aq, "Anything larger than 2,048 MB should come to us on an encrypted USB drive by registered mail", "larger than 2,048 MB", 2048, None, "MB", ">", "file sent on a USB drive", "file size", "limit")
aq = "Subtitling is ¥1,800 per minute of video"
sq = "Subtitling is ¥1,800 per minute of video, so a 12-minute company video comes to ¥21,600"
cl(T, aq, sq, "¥1,800 per minute", 1800, 1800, "JPY/minute", "=", "subtitling", "per-minute rate", "price")
cl(T, aq, sq, "12-minute", 12, 12, "minute", "=", "example company video", "video length", "duration")
cl(T, aq, sq, "¥21,600", 21600, 21600, "JPY", "=", "subtitling a 12-minute video", "total price", "price")
aq = "The apostille handling fee is ¥4,400 per document"
cl(T, aq, "The apostille handling fee is ¥4,400 per document, on top of the translation itself", "¥4,400 per document", 4400, 4400, "JPY/document", "=", "apostille handling", "fee per document", "price")
aq = "A half-day assignment can run up to 4 hours"
cl(T, aq, "A half-day assignment can run up to 4 hours, short breaks included", "up to 4 hours", None, 4, "hour", "<=", "half-day interpreting assignment", "assignment length", "duration")

# coordinator handbook (10 answers)
aq = "A full-day interpreter booking is ¥80,000"
cl(M, aq, "A full-day interpreter booking is ¥80,000 before consumption tax", "¥80,000", 80000, 80000, "JPY", "=", "full-day interpreter booking", "booking price", "price")
aq = "Jobs needed ahead of the standard schedule"
cl(M, aq, "Jobs needed ahead of the standard schedule are billed at an extra 50%", "an extra 50%", 50, 50, "%", "=", "rush translation job", "rush surcharge", "percentage")
aq = "Quote per English source word."
sq = "A 2,400-word English manual at ¥22 a word comes to ¥48,800 before tax"
cl(M, aq, sq, "2,400-word", 2400, 2400, "word", "=", "example English manual", "length", "count")
cl(M, aq, sq, "¥22 a word", 22, 22, "JPY/word", "=", "English-to-Japanese translation", "per-word rate", "price")
cl(M, aq, sq, "¥48,800", 48800, 48800, "JPY", "=", "translating a 2,400-word manual", "total price", "price")
aq = "(2023) Our roster lists 45 freelance interpreters"
cl(M, aq, "(2023) Our roster lists 45 freelance interpreters, most of them living in Tokyo or Yokohama", "45 freelance interpreters", 45, 45, "interpreter", "=", "interpreter roster", "number of interpreters", "count")
aq = "Assignments outside the Kanto region add"
cl(M, aq, "Assignments outside the Kanto region add a ¥15,000 travel fee, plus the train fare at cost", "¥15,000", 15000, 15000, "JPY", "=", "interpreting outside the Kanto region", "travel fee", "price")
aq = "Cancelling more than 7 days before the assignment"
cl(M, aq, "Cancelling more than 7 days before the assignment costs nothing", "more than 7 days", 7, None, "day", ">", "free interpreter cancellation", "notice before the assignment", "duration")
aq = "Native Check Pro, with a second reviewer"
cl(M, aq, "Native Check Pro, with a second reviewer, is ¥11 per word and suits advertising copy and press releases", "¥11 per word", 11, 11, "JPY/word", "=", "Native Check Pro", "per-word rate", "price")
aq = "Add 10% consumption tax to every domestic invoice."
cl(M, aq, "Add 10% consumption tax to every domestic invoice", "10%", 10, 10, "%", "=", "domestic invoice", "consumption tax rate", "percentage")
sq = "For a ¥150,000 quote, the tax adds ¥15,000"
cl(M, aq, sq, "¥150,000", 150000, 150000, "JPY", "=", "example quote", "price before tax", "price")
cl(M, aq, sq, "¥15,000", 15000, 15000, "JPY", "=", "tax on a ¥150,000 quote", "consumption tax", "price")
aq = "A subtitled video usually comes back"
cl(M, aq, "A subtitled video usually comes back in about eight business days, so book the subtitler as soon as the order lands", "about eight business days", 8, 8, "business day", "~", "subtitling project", "turnaround time", "duration")
aq = "Most contracts we see are about 4,000 characters"
cl(M, aq, "Most contracts we see are about 4,000 characters, so a rough estimate is fine before the files arrive", "about 4,000 characters", 4000, 4000, "character", "~", "typical contract", "length", "count")

# client guide, AbiWord export (10 answers)
aq = "Japanese-to-English work is charged at 16 yen a character"
cl(A, aq, "Japanese-to-English work is charged at 16 yen a character, counted on the Japanese source", "16 yen a character", 16, 16, "JPY/character", "=", "Japanese-to-English translation", "per-character rate", "price")
aq = "Each translator handles about 3,000 characters"
sq = "Each translator handles about 3,000 characters per business day, so a 15,000-character report needs 4 business days"
cl(A, aq, sq, "about 3,000 characters per business day", 3000, 3000, "character/business day", "~", "translator", "daily throughput", "other")
cl(A, aq, sq, "15,000-character", 15000, 15000, "character", "=", "example report", "length", "count")
cl(A, aq, sq, "4 business days", 4, 4, "business day", "=", "translating a 15,000-character report", "turnaround time", "duration")
aq = "Rush jobs carry a 30% surcharge"
cl(A, aq, "Rush jobs carry a 30% surcharge when you need the translation sooner than our standard schedule allows", "30%", 30, 30, "%", "=", "rush translation job", "rush surcharge", "percentage")
aq = "Length drives the price."
cl(A, aq, "For example, a dense shareholder agreement might run as much as 9,000 characters", "as much as 9,000 characters", None, 9000, "character", "<=", "dense shareholder agreement", "length", "count", True)
aq = "Yes. Video subtitling projects take 7 to 10 business days"
cl(A, aq, "Video subtitling projects take 7 to 10 business days, including a review of the timed captions", "7 to 10 business days", 7, 10, "business day", "=", "subtitling project", "turnaround time", "duration")
aq = "Booking an interpreter for a whole day costs JPY 95,000"
sq = "Booking an interpreter for a whole day costs JPY 95,000, which covers up to 8 hours on site"
cl(A, aq, sq, "JPY 95,000", 95000, 95000, "JPY", "=", "full-day interpreter booking", "booking price", "price")
cl(A, aq, sq, "up to 8 hours", None, 8, "hour", "<=", "full-day interpreter booking", "hours on site", "duration")
aq = "Simultaneous interpreting for a half day is ¥120,000"
sq = "Simultaneous interpreting for a half day is ¥120,000 for the two-person team, booth equipment not included"
cl(A, aq, sq, "¥120,000", 120000, 120000, "JPY", "=", "half-day simultaneous interpreting", "booking price", "price")
cl(A, aq, sq, "two-person team", 2, 2, "interpreter", "=", "half-day simultaneous interpreting", "interpreters per booking", "count")
aq = "Most half-day meetings wrap up in about three hours"
cl(A, aq, "Most half-day meetings wrap up in about three hours, which leaves time for a short debrief with your interpreter", "about three hours", 3, 3, "hour", "~", "typical half-day meeting", "meeting length", "duration")
aq = "Since 2025, we have worked with 70 interpreters"
cl(A, aq, "Since 2025, we have worked with 70 interpreters on call across the Kanto and Kansai regions", "70 interpreters", 70, 70, "interpreter", "=", "interpreter roster", "number of interpreters", "count")
aq = "(2023) The minimum charge for any translation job"
cl(A, aq, "(2023) The minimum charge for any translation job is ¥3,300, however short the text", "¥3,300", 3300, 3300, "JPY", "=", "translation job", "minimum charge", "price")

# certified translation product page, Big Cartel (8 answers)
aq = "As of 2025, each certified document is priced"
sq = "As of 2025, each certified document is priced at ¥7,700 before tax, whatever its length up to four pages"
cl(B, aq, sq, "¥7,700", 7700, 7700, "JPY/document", "=", "certified translation", "price per document", "price")
cl(B, aq, sq, "up to four pages", None, 4, "page", "<=", "certified document at the standard price", "document length", "limit")
aq = "No, tax is added at checkout."
sq = "On an order of ¥15,400 before tax, adding the 10% consumption tax gives a total of ¥16,840"
cl(B, aq, sq, "¥15,400", 15400, 15400, "JPY", "=", "example order", "price before tax", "price")
cl(B, aq, sq, "10%", 10, 10, "%", "=", "order", "consumption tax rate", "percentage")
cl(B, aq, sq, "¥16,840", 16840, 16840, "JPY", "=", "example order", "price including tax", "price")
aq = "Standard certified orders are dispatched"
cl(B, aq, "Standard certified orders are dispatched within 5 business days of your upload, by email", "within 5 business days", None, 5, "business day", "<=", "standard certified order", "turnaround time", "duration")
aq = "Our upload portal accepts files of up to 2 GB each"
cl(B, aq, "Our upload portal accepts files of up to 2 GB each, and you can upload several at once", "up to 2 GB", None, 2, "GB", "<=", "upload portal", "maximum file size", "limit")
aq = "Files are deleted from our servers 90 days after delivery"
cl(B, aq, "Files are deleted from our servers 90 days after delivery, so download your PDF before then", "90 days", 90, 90, "day", "=", "project files", "retention period after delivery", "duration")
aq = "Yes. Our Native Check service is ¥6 per word"
cl(B, aq, "Our Native Check service is ¥6 per word and adds a read-through by a native English editor", "¥6 per word", 6, 6, "JPY/word", "=", "Native Check", "per-word rate", "price")
aq = "Yes. Apostille support used to cost ¥3,000"
cl(B, aq, "Apostille support used to cost ¥3,000 before 2024; the current fee is shown at checkout", "¥3,000", 3000, 3000, "JPY", "=", "apostille support (old price)", "fee", "price")
aq = "Checkout takes credit cards and PayPal."
cl(B, aq, "For a bank transfer, contact us and we'll send an invoice payable within 7 days", "within 7 days", None, 7, "day", "<=", "bank transfer invoice", "payment term", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
