@testable import KBIngest
@testable import KBModel
@testable import KBText
import Foundation
import Testing

/// The HTML reader's merge of its readings, truncation, tables of contents and chrome.
@Suite struct HTMLReaderTests {
    static func read(_ html: String, path: String = "page.html") throws -> SourceDocument {
        try HTMLReader().read(Data(html.utf8), path: path)
    }

    // MARK: - Question structures

    /// A paragraph of bold titles among bold questions, a side column, a control's hidden twin,
    /// and a level of statement headings beside the question level.
    /// Pages' own markup that the chrome rules misread: a CSS-only toggle's label hidden from
    /// screen readers (mini.css), a disclosure widget's header named "nav" (Brizy), a trigger
    /// beside a hidden twin of itself (Foswiki's twisty).
    @Test func toggleLabelsAccordionNavsAndTriggerTwinsAreQuestions() throws {
        let minicss = """
        <html><body><h1>Questions</h1><div class="collapse">
        <input type="checkbox" id="q1" checked aria-hidden="true"><label for="q1" aria-hidden="true">How long will I wait for my knives?</label>
        <div><p>About five minutes a knife on the water-cooled wheel.</p></div>
        <input type="checkbox" id="q2" aria-hidden="true"><label for="q2" aria-hidden="true">Can I pay by card?</label>
        <div><p>Yes, every card the reader takes, contactless too.</p></div>
        </div></body></html>
        """
        #expect(try Self.read(minicss).records.compactMap(\.question) == ["How long will I wait for my knives?", "Can I pay by card?"])
        let brizy = """
        <html><body><div class="brz-accordion">
        <div class="brz-accordion__item"><div class="brz-accordion__nav"><span class="brz-accordion__nav-title">How often should my windows be cleaned?</span></div>
        <div class="brz-accordion__content"><p>Most houses are done every four weeks.</p></div></div>
        <div class="brz-accordion__item"><div class="brz-accordion__nav"><span class="brz-accordion__nav-title">Do I need to be home?</span></div>
        <div class="brz-accordion__content"><p>Not for the outside, leave the side gate open.</p></div></div>
        </div></body></html>
        """
        #expect(try Self.read(brizy).records.compactMap(\.question) == ["How often should my windows be cleaned?", "Do I need to be home?"])
        let twisty = """
        <html><body><h2>Observing nights</h2>
        <div class="twistyPlugin"><span id="t1show" class="twistyTrigger"><a href="#"><span>Parking at the dark-sky site</span></a></span><span id="t1hide" style="display:none" class="twistyTrigger"><a href="#"><span>Parking at the dark-sky site</span></a></span></div>
        <div class="twistyPlugin"><div id="t1toggle" class="twistyContent"><p>Use the lower field by the gate and switch off your headlights.</p></div></div>
        <div class="twistyPlugin"><span id="t2show" class="twistyTrigger"><a href="#"><span>What should I bring on a cold night?</span></a></span><span id="t2hide" style="display:none" class="twistyTrigger"><a href="#"><span>What should I bring on a cold night?</span></a></span></div>
        <div class="twistyPlugin"><div id="t2toggle" class="twistyContent"><p>More layers than you think, and a flask.</p></div></div>
        </body></html>
        """
        #expect(try Self.read(twisty).records.compactMap(\.question).contains("What should I bring on a cold night?"))
    }

    @Test func titlesLikeTheQuestionsAroundThemAreEntries() throws {
        let forum = try Self.read("""
        <html><body><div class="postmsg">
        <p><strong>How much does membership cost?</strong><br />Full membership is £42 a year.</p>
        <p><strong>Can I try a club night first?</strong><br />Visitors come for three nights free.</p>
        <p><strong>Under-16s at running sessions</strong><br />A parent or guardian stays with them.</p>
        <p><strong>Note:</strong><br />Bring your own stock.</p>
        <p><strong>Do I need to own any trains?</strong><br />Not at all.</p>
        </div><div id="dnn_RightPane" class="rightPane"><h2>Need an interpreter today?</h2><p>Call the desk.</p></div></body></html>
        """)
        #expect(forum.records.map(\.question) == ["How much does membership cost?", "Can I try a club night first?", "Under-16s at running sessions", "Do I need to own any trains?"])
        #expect(forum.records.last?.text.contains("Call the desk") == false)
        let wiki = try Self.read("""
        <html><body><h1>Presenter FAQ</h1>
        <h3>How do I book a studio slot?</h3><p>Use the booking calendar.</p>
        <h3>What do I need before my first show?</h3><p>A training session.</p>
        <h3>Playing tracks with explicit lyrics</h3><p>Only after 9 pm.</p>
        <p><a href="#" onclick="$('#c1-show, #c1-hide').toggle(); $('#c1').fadeToggle(150); return false;" id="c1-show" class="collapsible">What if the automation takes over?</a><a href="#" onclick="return false;" id="c1-hide" class="collapsible" style="display:none;">What if the automation takes over?</a></p>
        <div id="c1" class="collapsed-text" style="display:none;"><p>Press Live Assist.</p></div>
        <p><a href="#" id="c2-show" class="collapsible">Can I bring a guest?</a><a href="#" id="c2-hide" class="collapsible" style="display: none">Can I bring a guest?</a></p>
        <div id="c2" class="collapsed-text" style="display:none;"><p>One guest, signed in.</p></div>
        <p><a href="#" id="c3-show" class="collapsible">How do I record a show?</a><a href="#" id="c3-hide" class="collapsible" style="display:none">How do I record a show?</a></p>
        <div id="c3" class="collapsed-text" style="display:none;"><p>Use the logger.</p></div>
        <p><a href="#" id="c4-show" class="collapsible">Where do I log the music?</a><a href="#" id="c4-hide" class="collapsible" style="display:none">Where do I log the music?</a></p>
        <div id="c4" class="collapsed-text" style="display:none;"><p>In the playout log.</p></div>
        </body></html>
        """)
        #expect(wiki.records.map(\.question) == ["How do I book a studio slot?", "What do I need before my first show?", "Playing tracks with explicit lyrics",
                                                 "What if the automation takes over?", "Can I bring a guest?", "How do I record a show?", "Where do I log the music?"])
        #expect(wiki.records[3].text == "Press Live Assist.")
        // The same in a forum post's lines, broken by <br>; a group title in a span of its own is none.
        let post = try Self.read("""
        <html><body><div class="inner">Welcome to the forum!<br />
        <br /><span class="bbc_size"><b>Club nights</b></span>
        <br /><b>When is the club open?</b><br />Every Tuesday from 7.30pm.<br />
        <br /><b>Using the club station</b><br />Any licensed member can operate it.<br />
        <br /><b>Can I borrow equipment?</b><br />Yes, from the club store.<br />
        <br /><b>When is the club net?</b><br />Every Sunday at 8pm.
        </div></body></html>
        """)
        #expect(post.records.map(\.question) == ["When is the club open?", "Using the club station", "Can I borrow equipment?", "When is the club net?"])
    }

    /// Bold titles after their entry's number, a list item that opens with a question and goes on
    /// with its answer, and an accordion item whose header carries a toggle button.
    @Test func numberedBoldTitlesListItemsAndToggledItemsAreQuestions() throws {
        let numbered = try Self.read("""
        <html><body><p>1. <b>"How do I determine the tag name?"</b></p><p>Use the -s option.</p>
        <p>2. <b>"My user-defined tags don't work"</b></p><p>Check the config file name.</p>
        <p>3a. <b>"Why do I get '0 files updated'?"</b>, or<br>3b. <b>"Some tags are not written"</b></p><p>The tag is not writable.</p>
        </body></html>
        """).records
        #expect(numbered.map(\.question) == ["1. \"How do I determine the tag name?\"", "2. \"My user-defined tags don't work\"",
                                              "3a. \"Why do I get '0 files updated'?\", or 3b. \"Some tags are not written\""])
        let items = try Self.read("""
        <html><body><ul class="k-panelbar"><li><span class="k-link"><span>How do I reset my password?</span></span>
        <div class="k-panelbar-content"><p>Choose the sign-in page and ask for a code.</p></div></li>
        <li><span class="k-link"><span>Why is my latest payment missing?</span></span>
        <div class="k-panelbar-content"><p>Payments take five working days to appear.</p></div></li></ul></body></html>
        """).records
        #expect(items.map(\.question) == ["How do I reset my password?", "Why is my latest payment missing?"])
        #expect(items.first?.text == "Choose the sign-in page and ask for a code.")
        let toggled = try Self.read("""
        <html><body><div class="accordion"><div class="accordion-item">
        <a class="accordion-title" href="#a1" aria-expanded="false" aria-controls="a1-content"><button class="toggle" aria-label="Toggle"></button><span>Can I cancel my order?</span></a>
        <div id="a1-content" class="accordion-inner"><p>Email us within an hour.</p></div></div>
        <div class="accordion-item">
        <a class="accordion-title" href="#a2" aria-expanded="false" aria-controls="a2-content"><button class="toggle" aria-label="Toggle"></button><span>Do you ship abroad?</span></a>
        <div id="a2-content" class="accordion-inner"><p>We ship to most of Europe.</p></div></div></div></body></html>
        """).records
        #expect(toggled.map(\.question) == ["Can I cancel my order?", "Do you ship abroad?"])
        #expect(toggled.first?.text == "Email us within an hour.")
    }

    /// Readers' comments under a post, and teasers of other pages (a heading that is wholly a link
    /// elsewhere, over its summary), are not the page's answers.
    @Test func commentsAndTeasersOfOtherPagesAreNotAnswers() throws {
        let records = try Self.read("""
        <html><body><article><h2>Can I keep bees on my plot?</h2><p>Yes, with the committee's written consent.</p></article>
        <div class="comment-thread"><ol><li class="comment"><p>Do you allow bonfires at all? I have leaves to burn.</p></li></ol></div>
        <div class="widget PopularPosts"><article class="post"><h3 class="post-title"><a href="https://example.org/2025/02/broad-beans.html">Is it too late to sow broad beans in March?</a></h3>
        <p>Not at all: March sowings catch up with autumn ones by June.</p></article></div></body></html>
        """).records
        #expect(records.map(\.question) == ["Can I keep bees on my plot?"])
        #expect(records.first?.text == "Yes, with the committee's written consent.")
    }

    // MARK: - Truncation

    /// HTML's optional end tags (`</p>`, `</body>`, `</html>`) are not truncation.
    @Test(arguments: [
        "<html><body><h2>Why?</h2><p>Because the answer is here",
        "<!DOCTYPE html><html><body><h2>Why?</h2><p>One<p>Two\n\n",
        "<html><body><h2>Why?</h2><p>Fish &amp; chips, always",
        "<html><body><h2>Why?</h2><p>Because 1 < 2 and 3 > 2",
        "<html><body><h2>Why?</h2><p><a title=\"a>b\">Quoted</a> end",
        "<html><body><h2>Why?</h2><p>Because.<!-- a closed note --> More",
        "<html><body><h2>Why?</h2><script>if (a < b) { go() }</script><p>Because.",
    ])
    func pagesEndingInsideOpenElementsAreRead(html: String) throws {
        let records = try Self.read(html).records
        #expect(records.first?.question == "Why?")
    }

    /// Bytes that stop inside a tag, a comment, a character reference or a script are truncated.
    @Test(arguments: [
        ("<html><body><h2>Why?</h2><p>Because the <a href=\"/help/serial-num", "a tag"),
        ("<html><body><h2>Why?</h2><p>Because.</p></bo", "a tag"),
        ("<html><body><h2>Why?</h2><p><a title=\"a>b", "a tag"),
        ("<html><body><h2>Why?</h2><p>Because.<!-- note that never", "a comment"),
        ("<html><body><h2>Why?</h2><p>Fish &am", "a character reference"),
        ("<html><body><h2>Why?</h2><script>var answer = 4", "a <script> element, without its end tag"),
    ])
    func pagesEndingInsideMarkupAreTruncated(html: String, place: String) {
        #expect(throws: IngestError.malformedHTML(path: "page.html", detail: "truncated: it ends inside \(place)")) {
            try Self.read(html)
        }
    }

    // MARK: - Merging readings

    /// A question the page shows and its JSON-LD repeats is the page's: its place and its answer as
    /// shown. A JSON-LD question the page does not show is kept, at its JSON-LD @id.
    @Test func jsonLDMergesWithVisibleQuestions() throws {
        let html = """
        <html><head><script type="application/ld+json">
        {"@type": "FAQPage", "mainEntity": [
          {"@type": "Question", "name": "Can I park here?", "acceptedAnswer": {"text": "Short JSON answer."}},
          {"@type": "Question", "@id": "https://example.org/faq#dogs", "name": "Are dogs welcome?", "acceptedAnswer": {"text": "Dogs on leads are welcome."}}
        ]}
        </script></head><body>
        <h2 id="parking">Can I park  here?</h2>
        <p>Yes, in the 40-space car park behind the hall, free after 6pm.</p>
        <h2 id="toilets">Are there toilets?</h2>
        <p>Yes, including an accessible toilet by the entrance.</p>
        </body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Are dogs welcome?", "Can I park here?", "Are there toilets?"])
        let parking = try #require(records.first { $0.question == "Can I park here?" })
        #expect(parking.text == "Yes, in the 40-space car park behind the hall, free after 6pm.")
        #expect(parking.location.anchor == "parking")
        let dogs = try #require(records.first { $0.question == "Are dogs welcome?" })
        #expect(dogs.text == "Dogs on leads are welcome.")
        #expect(dogs.location.anchor == "dogs")
        #expect(dogs.location.line == 1)
    }

    /// An ARIA reference names an id whatever its characters (React's generated ":r4R2:"); a
    /// heading that asks nothing, boxed with its lead right before the accordion, titles the group:
    /// its lead is no answer.
    @Test func generatedIdsAndGroupTitlesOfAccordions() throws {
        let html = """
        <html><body><main><h1>Help</h1>
        <section><div><h2>Frequently asked questions</h2><p>Can't find the answer you're looking for? Reach out to our support team.</p></div>
        <dl><div><dt><button type="button" aria-expanded="false" aria-controls="panel-:r4R2:"><span>Is there a free plan?</span></button></dt>
        <dd id="panel-:r4R2:" hidden="" style="display:none"><p>Yes. One user may send three envelopes a month.</p></dd></div>
        <div><dt><button type="button" aria-expanded="false" aria-controls="panel-:r4R4:"><span>Sending a document in bulk</span></button></dt>
        <dd id="panel-:r4R4:" hidden="" style="display:none">Open the template and choose Bulk send.</dd></div></dl></section>
        <h2>Billing</h2><p>Invoices go out on the first of the month.</p>
        </main></body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Is there a free plan?", "Sending a document in bulk", "Billing"])
        #expect(records.first?.text == "Yes. One user may send three envelopes a month.")
    }

    /// Every reading runs on every page: a definition list, an accordion and headings on one page
    /// all count, in document order.
    @Test func severalMarkupsOnOnePageAllCount() throws {
        let html = """
        <html><body>
        <h2>How do refunds work?</h2><p>Refunds reach your card within 5 days.</p>
        <dl><dt>Do you ship abroad?</dt><dd>We ship to 30 countries.</dd></dl>
        <button aria-controls="p1">Can I change my address?</button>
        <div id="p1" hidden><p>Yes, until the parcel leaves our warehouse.</p></div>
        </body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["How do refunds work?", "Do you ship abroad?", "Can I change my address?"])
        #expect(records.last?.text == "Yes, until the parcel leaves our warehouse.")
    }

    /// Markups of blind5's pages: a bold line after an anchor is a heading, question mark or not
    /// (a lone "Q26" marker is not), even inside a list item HTML's optional end tags left open; a
    /// control's question beside its category label; a card header's question beside its toggle,
    /// with the hidden panel after it.
    @Test func anchoredBoldLinesTogglesAndLabelledControlsAreQuestions() throws {
        let awstats = """
        <html><body><ul><li><a href="#ROTATE">How to rotate my logs</a></ul>
        <a name="SERVERS"></a><br><b><u>FAQ-ABO100 : WHICH SERVERS ARE SUPPORTED ?</u></b><br>
        AWStats works with:<br><li> Apache and IIS.<br><li> Some FTP log files.<br>
        <a name="ROTATE"></a><br><b><u>FAQ-COM120 : HOW TO ROTATE MY LOGS WITHOUT LOSING DATA</u></b><br>
        Run the update before the rotation.<br>
        <p><a name=Q26 href=#Q26><b>Q26</a>. How can I make image maps?</b></p><p>Use -Tcmap.</p>
        </body></html>
        """
        let questions = try Self.read(awstats).records.map(\.question)
        #expect(questions.contains("FAQ-ABO100 : WHICH SERVERS ARE SUPPORTED ?"))
        #expect(questions.contains("FAQ-COM120 : HOW TO ROTATE MY LOGS WITHOUT LOSING DATA"))
        #expect(!questions.contains("Q26"))

        let panels = """
        <html><body><section>
        <mat-expansion-panel-header role="button" aria-controls="c0"><span><mat-panel-title>How far ahead should I order my repeat prescription?</mat-panel-title><mat-panel-description>Ordering</mat-panel-description></span></mat-expansion-panel-header>
        <div role="region" id="c0" style="visibility: hidden"><p>Order at least seven days before you run out.</p></div>
        <div class="card"><header class="card-header"><p class="card-header-title">Is there a minimum age?</p>
        <button class="card-header-icon" aria-expanded="false"><span class="icon"></span></button></header>
        <div class="card-content" aria-hidden="true"><p>You must be 16 or over.</p></div></div>
        </section></body></html>
        """
        let records = try Self.read(panels).records
        #expect(records.map(\.question) == ["How far ahead should I order my repeat prescription?", "Is there a minimum age?"])
        #expect(records.last?.text == "You must be 16 or over.")
    }

    /// Accordion headers written as statements are read alike with the headers of their kind that
    /// ask: class-marked headers in one container, buttons that open panels (never a control's
    /// label), and headers whose title sits beside a caption and an icon's name.
    @Test func statementHeadersOfAnAskingAccordionAreQuestions() throws {
        let classes = """
        <html><body><ul class="items">
        <li class="item"><div class="toggle-header" tabindex="0"><div class="label">Who can open an account?</div></div><div class="toggle-content"><p>Anyone aged 18 or over.</p></div></li>
        <li class="item item-active"><div class="toggle-header" tabindex="0"><div class="label">How much can I pay in?</div></div><div class="toggle-content"><p>Up to the yearly allowance.</p></div></li>
        <li class="item"><div class="toggle-header" tabindex="0"><div class="label">Interest rates and how interest is paid</div></div><div class="toggle-content"><p>Interest is added once a year.</p></div></li>
        </ul></body></html>
        """
        let records = try Self.read(classes).records
        #expect(records.map(\.question).contains("Interest rates and how interest is paid"), "\(records.map(\.question))")
        #expect(records.first { $0.question == "Interest rates and how interest is paid" }?.text == "Interest is added once a year.")

        let buttons = """
        <html><body><div>
        <h3><button aria-controls="p1" aria-expanded="false" class="trigger">What counts as a monitor?</button></h3><div id="p1" role="region"><p>Each URL you watch.</p></div>
        <h3><button aria-controls="p2" aria-expanded="false" class="trigger">Can I change plans later?</button></h3><div id="p2" role="region"><p>Any time.</p></div>
        <h3><button aria-controls="p3" aria-expanded="false" class="trigger">Alert channels</button></h3><div id="p3" role="region"><p>Email alerts are free on every plan.</p></div>
        </div></body></html>
        """
        #expect(try Self.read(buttons).records.map(\.question).contains("Alert channels"))

        let captions = """
        <html><body><div class="list">
        <div role="button" aria-controls="e1" class="q-item"><div class="q-item__label">How do I unlock a bike with the app on my phone?</div><div class="q-item__label caption">Getting started with the app and your account</div><i class="q-icon">keyboard_arrow_down</i></div><div id="e1"><p>Scan the code on the frame.</p></div>
        <div role="button" aria-controls="e2" class="q-item"><div class="q-item__label">Can I park anywhere?</div><div class="q-item__label caption">Parking</div><i class="q-icon">keyboard_arrow_down</i></div><div id="e2"><p>Only in marked bays.</p></div>
        <div role="button" aria-controls="e3" class="q-item"><div class="q-item__label">Helmets and safety</div><div class="q-item__label caption">Riding rules</div><i class="q-icon">keyboard_arrow_down</i></div><div id="e3"><p>Helmets are not provided.</p></div>
        </div></body></html>
        """
        let questions = try Self.read(captions).records.map(\.question)
        #expect(questions.contains("How do I unlock a bike with the app on my phone?"), "\(questions)")
        #expect(questions.contains("Helmets and safety"), "\(questions)")

        // Blocks of a class of their own (Allegro's entries), most of them asking.
        let blocks = """
        <html><body><div class="faq">
        <p><br><div class="al-api"><b><a name="a">Does Allegro work under OpenDOS?</a></b></div><br><p>Yes, with some caveats.
        <p><br><div class="al-api"><b><a name="b">Why not use some sort of dynamic linking system?</a></b></div><br><p>The drivers depend on the core.
        <p><br><div class="al-api"><b><a name="c">I get an "out of environment space" error when I run fix.bat!</a></b></div><br><p>Increase the size of your environment.
        </div></body></html>
        """
        let entries = try Self.read(blocks).records.map(\.question)
        #expect(entries.contains("I get an \"out of environment space\" error when I run fix.bat!"), "\(entries)")
    }

    /// A heading that states a reader's problem in the reader's voice is an entry, even alone
    /// under the page title.
    /// Pages from component libraries and forums: a collapse body hidden around the panel its
    /// button opens (Blueprint), controls whose classes carry a generated hash (GenerateBlocks),
    /// an item's title deep inside its item's link (Framework7), and a forum post whose classes
    /// call it a comment while it holds most of the page's text (Invision Community).
    @Test func hiddenWrappersHashedClassesDeepTitlesAndForumPosts() throws {
        let blueprint = try Self.read("""
        <html><body><div class="faq-item"><button aria-expanded="true" aria-controls="b1"><span>How is the tracker fitted?</span></button>
        <div class="collapse"><div class="collapse-body" aria-hidden="false"><div id="b1"><p>An installer fits each unit out of sight.</p></div></div></div></div>
        <div class="faq-item"><button aria-expanded="false" aria-controls="b2"><span>Tracker showing as offline</span></button>
        <div class="collapse"><div class="collapse-body" aria-hidden="true"><div id="b2"><p>A vehicle is offline after 48 hours without a position.</p></div></div></div></div>
        <div class="faq-item"><button aria-expanded="false" aria-controls="b3"><span>Can I move a tracker?</span></button>
        <div class="collapse"><div class="collapse-body" aria-hidden="true"><div id="b3"><p>Yes, book a transfer visit first.</p></div></div></div></div>
        </body></html>
        """).records
        #expect(blueprint.map(\.question) == ["How is the tracker fitted?", "Tracker showing as offline", "Can I move a tracker?"])
        #expect(blueprint.map(\.text).contains("A vehicle is offline after 48 hours without a position."))
        let hashed = try Self.read("""
        <html><body><div class="acc">
        <button class="gb-button gb-button-2b7e9d05 acc__toggle" aria-controls="c1">How long does a tuning take?</button>
        <div class="acc__content" id="c1"><p>About an hour and a quarter.</p></div>
        <button class="gb-button gb-button-9f41c7de acc__toggle" aria-controls="c2">Pianos that have not been tuned for years</button>
        <div class="acc__content" id="c2"><p>We do a pitch raise before the fine tuning.</p></div>
        <button class="gb-button gb-button-51c0aa27 acc__toggle" aria-controls="c3">Do you move pianos?</button>
        <div class="acc__content" id="c3"><p>No, but we recommend a specialist mover.</p></div>
        </div></body></html>
        """).records
        #expect(hashed.map(\.question) == ["How long does a tuning take?", "Pianos that have not been tuned for years", "Do you move pianos?"])
        let deep = try Self.read("""
        <html><body><ul>
        <li class="accordion-item"><a href="" class="item-link"><div class="item-inner"><div class="item-title">Do I need to be home for a clean?</div></div></a>
        <div class="accordion-item-content"><p>No, we only need access to the back.</p></div></li>
        <li class="accordion-item"><a href="" class="item-link"><div class="item-inner"><div class="item-title">Missed cleans and locked gates</div></div></a>
        <div class="accordion-item-content"><p>We clean the front only and rebook you within five days.</p></div></li>
        <li class="accordion-item"><a href="" class="item-link"><div class="item-inner"><div class="item-title">How do I pay?</div></div></a>
        <div class="accordion-item-content"><p>By Direct Debit, two days after each clean.</p></div></li>
        </ul></body></html>
        """).records
        #expect(deep.map(\.question) == ["Do I need to be home for a clean?", "Missed cleans and locked gates", "How do I pay?"])
        let forum = try Self.read("""
        <html><body><nav><a href="/">Forums</a> <a href="/new">New posts</a></nav>
        <article class="post"><div class="post_comment_content"><div class="richText">
        <p><span style="font-size:18px;"><strong>How do I get a mooring at the club basin?</strong></span></p>
        <p>Join the club first, then add your boat to the mooring register on the members' page; berths are offered in date order.</p>
        <p><span style="font-size:18px;"><strong>Can non-members use the slipway?</strong></span></p>
        <p>Yes, on weekdays when a committee member is on site, for a day fee paid at the office.</p>
        </div></div></article>
        <div class="comments"><p>Thanks, this helped a lot!</p></div></body></html>
        """).records
        #expect(forum.map(\.question) == ["How do I get a mooring at the club basin?", "Can non-members use the slipway?"])
        // A forum's bold lines of one kind read alike: a statement among asking ones is an entry;
        // a bold line of another kind (a group heading in a larger font) is not.
        let bbcode = try Self.read("""
        <html><body><div class="post_body">
        <span class="mycode_size"><span class="mycode_b">Observing nights</span></span><br />
        <br />
        <span class="mycode_b">How do I know whether a night is going ahead?</span><br />
        The call is made by 4pm on the day and posted as a new thread.<br />
        <br />
        <span class="mycode_b">Red torches only on the field</span><br />
        Please use a red torch once you are through the gate.<br />
        <br />
        <span class="mycode_b">Can I bring my children?</span><br />
        Yes, as long as an adult stays with them all evening.<br />
        </div></body></html>
        """).records
        #expect(bbcode.map(\.question) == ["How do I know whether a night is going ahead?", "Red torches only on the field", "Can I bring my children?"])
        #expect(!forum.contains { $0.text.contains("this helped") })
    }

    /// A callout beside the FAQ ("Still have a question?", a card that sells or redirects) asks
    /// with its subject and verb left out, in markup no entry of the page uses: it is no entry.
    /// An FAQ written wholly in such questions keeps them, and so does a question that opens with a
    /// question word in markup of its own.
    @Test func calloutsBesideTheFAQAreNotEntries() throws {
        let page = try Self.read("""
        <html><body><main><div class="faq">
        <div class="item"><button class="q">How do I book a clean?</button><div class="a"><p>Use the app or call us.</p></div></div>
        <div class="item"><button class="q">Do you clean conservatory roofs?</button><div class="a"><p>Yes, as an extra on any visit.</p></div></div>
        <div class="item"><button class="q">Can I pause my cleans?</button><div class="a"><p>Yes, from the Schedule tab.</p></div></div>
        </div>
        <div class="card"><h3 class="card-title">Moving house soon?</h3><p>Tell us your new address and we will check our rounds.</p></div>
        <section class="more"><h4>What if it rains on my clean day?</h4><p>We clean in light rain with purified water.</p></section>
        </main></body></html>
        """).records
        #expect(page.compactMap(\.question) == ["How do I book a clean?", "Do you clean conservatory roofs?", "Can I pause my cleans?", "What if it rains on my clean day?"])
        let elliptic = try Self.read("""
        <html><body><h2>Compile from source?</h2><p>Run configure and make.</p>
        <h2>Default window manager?</h2><p>Use your display manager's session menu.</p>
        <h2>Monitor more devices?</h2><p>Add them to the preferences file.</p></body></html>
        """).records
        #expect(elliptic.compactMap(\.question) == ["Compile from source?", "Default window manager?", "Monitor more devices?"])
        #expect(HTMLReader.isCallout("Still have a question?"))
        #expect(HTMLReader.isCallout("Looking for a gift?"))
        #expect(!HTMLReader.isCallout("From what age can children join?"))
        #expect(!HTMLReader.isCallout("Something is missing from my box. What now?"))
        #expect(!HTMLReader.isCallout("3.1. Behind a firewall?"))
    }

    @Test func headingsInTheReadersVoiceAreQuestions() throws {
        let html = """
        <html><body><h1>Installation</h1><ul><li><a href="#greenlet">I'm getting an error about greenlet</a></li></ul>
        <h2 id="greenlet">I’m getting an error about greenlet not being installed when I try to use asyncio</h2>
        <p>The greenlet dependency does not install by default on some CPU architectures.</p></body></html>
        """
        let records = try Self.read(html).records
        #expect(records.compactMap(\.question) == ["I’m getting an error about greenlet not being installed when I try to use asyncio"])
    }

    /// An element whose class says "question" and the sibling after it whose class says "answer"
    /// are a pair whatever the question's wording (DocBook's question and answer divisions).
    @Test func questionAndAnswerNamedByTheirClassesArePairs() throws {
        let html = """
        <html><body><div class="QANDASET">
        <div class="QANDAENTRY"><div class="QUESTION"><p><a name="AEN281"></a><b>6. </b>FXP</p></div>
        <div class="ANSWER"><p><b> </b>FXP is capable of bouncing data between sites.</p></div></div>
        <div class="QANDAENTRY"><div class="QUESTION"><p><b>7. </b>How do I run it from inetd?</p></div>
        <div class="ANSWER"><p>Set ServerType to inetd.</p></div></div>
        </div></body></html>
        """
        let records = try Self.read(html).records
        #expect(records.compactMap(\.question) == ["6. FXP", "7. How do I run it from inetd?"])
        #expect(records.first?.text == "FXP is capable of bouncing data between sites.")
    }

    /// A class name that negates a chrome word ("wsite-not-footer") names no chrome.
    @Test func negatedChromeNamesAreContent() throws {
        let html = """
        <html><body><div id="wsite-content" class="wsite-elements wsite-not-footer"><div class="paragraph"><strong>How do I book a walk?</strong><br>Choose a date in our diary and pay a deposit.</div></div></body></html>
        """
        #expect(try Self.read(html).records.map(\.question) == ["How do I book a walk?"])
    }

    /// Tabs of accordions laid out in a list (UIkit's switcher), the panels hidden until a script
    /// opens them: each list item holds questions, and the hidden text right after a question is
    /// its answer.
    @Test func accordionsInListItemsAreQuestions() throws {
        let html = """
        <html><body><main><h1>Visitor questions</h1>
        <ul class="uk-switcher">
        <li class="el-item"><div uk-accordion>
          <div class="el-item"><a class="el-title uk-accordion-title" href>Can I bring my bike?</a>
          <div class="uk-accordion-content" hidden><p>Folding bikes ride free; others need a ticket.</p></div></div>
          <div class="el-item"><a class="el-title uk-accordion-title" href>Is there a buffet car?</a>
          <div class="uk-accordion-content" hidden><p>On weekend trains only.</p></div></div>
        </div></li>
        <li class="el-item"><div uk-accordion>
          <div class="el-item"><a class="el-title uk-accordion-title" href>Are stations step-free?</a>
          <div class="uk-accordion-content" hidden><p>Two of the five are.</p></div></div>
        </div></li>
        </ul>
        <div hidden><p>Hidden text after no question stays hidden.</p></div>
        </main></body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Can I bring my bike?", "Is there a buffet car?", "Are stations step-free?"])
        #expect(records.map(\.text) == ["Folding bikes ride free; others need a ticket.", "On weekend trains only.", "Two of the five are."])
    }

    /// DocBook's question and answer sets laid out as table rows: a bold "Q:" or "A:" alone in the
    /// first cell marks the second cell as the question or its answer.
    @Test func markerCellsMarkQuestionsAndAnswers() throws {
        let html = """
        <html><body><table><tbody>
        <tr class="question"><td valign="top"><a name="q1"></a><p><b>Q:</b></p></td><td valign="top"><p>How can I grab a still frame?</p></td></tr>
        <tr class="answer"><td valign="top"><p><b>A:</b></p></td><td valign="top"><p>Press the s key while the video plays.</p></td></tr>
        <tr class="question"><td valign="top"><a name="q2"></a><p><b>Q:</b></p></td><td valign="top"><p>Why is the sound late?</p></td></tr>
        <tr class="answer"><td valign="top"><p><b>A:</b></p></td><td valign="top"><p>Try a different audio driver.</p><p>Or set a delay.</p></td></tr>
        </tbody></table></body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["How can I grab a still frame?", "Why is the sound late?"])
        #expect(records.first?.text == "Press the s key while the video plays.")
        #expect(records.last?.text.contains("Or set a delay.") == true)
    }

    /// A list whose items each open with an emphasised title and go on with their answer is a
    /// list of entries when one title asks a question: every title is a question, mark or not.
    @Test func emphasisedTitlesOfListItemsAreQuestions() throws {
        let html = """
        <html><body><h3>Developer corner</h3><ol>
          <li><em>Random crashes in threaded applications</em><p>Initialise the parser once, before the threads start.</p></li>
          <li><em>What about C++ ?</em><p>There is a wrapper library.</p></li>
          <li><em>Output on one line</em><p>Turn on indenting.</p></li>
        </ol>
        <p>Features:</p><ul><li><em>Fast</em> and small.</li><li>Portable.</li></ul>
        </body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Random crashes in threaded applications", "What about C++ ?", "Output on one line"])
        #expect(records.first?.text == "Initialise the parser once, before the threads start.")
    }

    /// One pair per question: a question asked twice is read once; questions that differ only in
    /// symbols (C and C++) are two.
    @Test func oneRecordPerQuestion() throws {
        let html = """
        <html><body>
        <h2>Can I write extensions in C?</h2><p>Yes, with the C API.</p>
        <h2>Can I write extensions in C++?</h2><p>Yes, with extern "C" around the headers.</p>
        <h2>Can I write extensions in C?</h2><p>See above.</p>
        </body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Can I write extensions in C?", "Can I write extensions in C++?"])
        #expect(records.first?.text == "Yes, with the C API.")
    }

    /// Code that ends with "?" (`echo $?`) in a highlighting `<div>` is code of the answer, never
    /// a question of its own: the answer keeps every block, in order.
    @Test func codeEndingWithAQuestionMarkStaysInItsAnswer() throws {
        let html = """
        <html><body>
        <h3>How do I see the exit status?</h3>
        <p>Print it right after the command:</p>
        <div class="highlight"><pre><span class="nb">true</span>; <span class="nb">echo</span> <span class="nv">$?</span></pre></div>
        <p>It prints 0 for success.</p>
        <p>Or test it directly:</p>
        <div class="highlight"><pre>false || echo $?</pre></div>
        </body></html>
        """
        let document = try Self.read(html)
        #expect(document.records.map(\.question) == ["How do I see the exit status?"])
        #expect(document.records.first?.text == """
            Print it right after the command:

            ```
            true; echo $?
            ```

            It prints 0 for success.

            Or test it directly:

            ```
            false || echo $?
            ```
            """)
    }

    /// A page's `<title>` is the document's title, whitespace collapsed; none when it is blank.
    @Test func pageTitleIsRead() throws {
        #expect(try Self.read("<html><head><title>\n  Shellmate   FAQ\n</title></head><body><h2>Why?</h2><p>Because.</p></body></html>").title
                == "Shellmate FAQ")
        #expect(try Self.read("<html><head><title> </title></head><body><h2>Why?</h2><p>Because.</p></body></html>").title == nil)
        #expect(try Self.read("<html><body><h2>Why?</h2><p>Because.</p></body></html>").title == nil)
    }

    // MARK: - Tables of contents and chrome

    /// A list of links to the page's own anchors is a table of contents: its entries are never
    /// answers, nor paragraphs of a page without questions.
    @Test func tableOfContentsIsNotIndexed() throws {
        let html = """
        <html><body>
        <ul><li><a href="#a">How do I join?</a></li><li><a href="#b">How much is it?</a></li></ul>
        <h2>Membership</h2>
        <h3 id="a">How do I join?</h3><p>Fill in the form at the front desk.</p>
        <h3 id="b">How much is it?</h3><p>Twelve pounds a year.</p>
        </body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["How do I join?", "How much is it?"])
        #expect(records.allSatisfy { !$0.text.contains("How do I join?") && !$0.text.contains("How much is it?") })

        let noQuestions = """
        <html><body>
        <p><a href="#one">Opening hours</a> | <a href="#two">Prices and passes</a></p>
        <p id="one">The museum opens every day from ten until five.</p>
        <p id="two">Entry is free for everyone under eighteen years old.</p>
        </body></html>
        """
        let paragraphs = try Self.read(noQuestions).records
        #expect(paragraphs.map(\.text) == ["The museum opens every day from ten until five.", "Entry is free for everyone under eighteen years old."])
    }

    /// Chrome is found by what the markup says an element is: a landmark is never chrome for its
    /// class, a heading never for its id, a camelCase id names chrome as a hyphenated one does.
    @Test func chromeByNameAndClass() throws {
        let html = """
        <html><body class="navigation-with-keyboard">
        <div id="cookieConsent">Cookie-wolverine notice about tracking.</div>
        <h2 id="cookies">Do you use cookies?</h2><p>Only one, to remember your language.</p>
        <div class="helpful"><p>Was this answer helpful?</p><button>Yes</button><button>No</button></div>
        </body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Do you use cookies?"])
        #expect(records.first?.text == "Only one, to remember your language.")
    }

    /// A wrapper around the page's `<main>` is layout, not chrome, whatever its class names say;
    /// a real sidebar beside it is still dropped.
    @Test func aWrapperOfTheMainContentIsNeverChrome() throws {
        let html = """
        <html><body><div class="sidebar-grid grid-full">
        <main role="main"><div class="faq-item"><div class="faq-question">Which bin goes out this week?</div>
        <div class="faq-answer"><p>Blue and green bins alternate weekly.</p></div></div></main>
        <div class="sidebar"><p>Opening-heron hours of the council offices.</p></div>
        </div></body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Which bin goes out this week?"])
        #expect(records.first?.text == "Blue and green bins alternate weekly.")
        #expect(!records.contains { $0.text.contains("Opening-heron") })
    }

    /// Hidden elements are not content, except panels a control on the page opens.
    @Test func hiddenElementsExceptRevealedPanels() throws {
        let html = """
        <html><body>
        <h2>Is parking free?</h2><p>Yes.</p><p hidden>Draft-narwhal text.</p><span aria-hidden="true">Icon-ibis</span>
        <a href="#" aria-controls="x" aria-expanded="false">Is there a cafe?</a>
        <div id="x" aria-hidden="true"><p>Yes, on the ground floor.</p></div>
        </body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Is parking free?", "Is there a cafe?"])
        #expect(records.map(\.text) == ["Yes.", "Yes, on the ground floor."])
    }

    /// A link to another page is a reference to that page's answer, not a question answered here.
    @Test func linksToOtherPagesAreNotQuestions() throws {
        let html = """
        <html><body>
        <div><a href="/articles/reset-password">How do I reset my password?</a></div>
        <div><p>Password resets are handled on the account page.</p></div>
        </body></html>
        """
        let document = try Self.read(html)
        #expect(document.records.allSatisfy { $0.question == nil })
    }

    // MARK: - What reads as a question

    @Test(arguments: [
        ("Do you deliver?", true),
        ("Why is my mod not showing?\u{200B}", true),
        ("Is it “free”?”", true),
        ("Q: Opening hours", true),
        ("Q. What is a plot?", true),
        ("Delivery and returns", false),
        ("Questions? Call us on 555 0100 any day.", false),
        ("Q:", false),
        (String(repeating: "word ", count: 70) + "end?", false),
    ])
    func questionText(text: String, isQuestion: Bool) {
        #expect(QuestionText.isQuestion(text) == isQuestion)
    }

    @Test func questionMarkersAreRemoved() {
        #expect(QuestionText.question("Q: Can I pay by card?") == "Can I pay by card?")
        #expect(QuestionText.question("Where do I start?\u{200B}") == "Where do I start?")
        #expect(QuestionText.answer("A: Yes, every card.") == "Yes, every card.")
        #expect(QuestionText.answer("Any card.") == "Any card.")
        // The marker may carry the entry's number ("Q30. ", "Q16b: ").
        #expect(QuestionText.question("Q30. How can I avoid node overlaps?") == "How can I avoid node overlaps?")
        #expect(QuestionText.question("Q16b: Why is it slow?") == "Why is it slow?")
        #expect(QuestionText.question("Q4 2024 revenue?") == "Q4 2024 revenue?")
    }

    /// Numbered question labels in misnested bold and anchor markup (Graphviz's FAQ) are read as
    /// questions, statements of a problem included.
    @Test func numberedQuestionLabelsAreQuestions() throws {
        let html = """
        <html><body><H2>Problems</H2>
        <A name=Q30 HREF=#Q30>
        <B>Q30</A>. How can I avoid node overlaps in neato?</B>
        <P>Use the graph attribute overlap.
        <P>
        <A name=Q32 HREF=#Q32>
        <B>Q32</A>. Neato runs forever on a certain example.</B>
        <P>First, check the size of the graph.
        </body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["How can I avoid node overlaps in neato?", "Neato runs forever on a certain example."])
        #expect(records.map(\.text) == ["Use the graph attribute overlap.", "First, check the size of the graph."])
    }

    /// An accordion's header (a question heading beside the button that opens it) is content, not
    /// a widget.
    @Test func aQuestionHeadingBesideItsToggleButtonIsRead() throws {
        let html = """
        <html><body><article>
        <div class="kg-card kg-toggle-card"><div class="kg-toggle-heading">
        <h4 class="kg-toggle-heading-text"><span>Is the packaging recyclable?</span></h4>
        <button class="kg-toggle-card-icon" aria-label="Expand toggle"><svg></svg></button></div>
        <div class="kg-toggle-content"><p>Yes, it goes in the food caddy.</p></div></div>
        <div class="vote"><p>Was this helpful?</p><button>Yes</button><button>No</button></div>
        </article></body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Is the packaging recyclable?"])
        #expect(records.first?.text == "Yes, it goes in the food caddy.")
    }

    /// A table of contents written as loose lines of on-page links (no list around it) is not a
    /// set of questions; the headings it points at are, with or without "?", at the question level.
    @Test func looseContentsLinesAreNotQuestions() throws {
        let html = """
        <html><body>
        <h1>Contents</h1>
        <h2 id="C_G">General problems</h2>
        <a href="#G1">G1. What is Relay and why should I bother?</a><br/>
        <a href="#G2">G2. Where do I find the sources?</a><br/>
        <h2 id="C_B">Build problems</h2>
        <a href="#B1">B1. Make fails when building on FreeBSD.</a><br/>
        <h2><a id="G1" name="G1">G1. What is Relay and why should I bother?</a></h2>
        <p>Relay fetches mail from remote servers and hands it to your local system.</p>
        <h2><a id="G2" name="G2">G2. Where do I find the sources?</a></h2>
        <p>On the project site, with every release signed.</p>
        <h2><a id="B1" name="B1">B1. Make fails when building on FreeBSD.</a></h2>
        <p>Use GNU make; the system make does not understand the makefile.</p>
        </body></html>
        """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["G1. What is Relay and why should I bother?", "G2. Where do I find the sources?",
                                             "B1. Make fails when building on FreeBSD."])
        #expect(records.map(\.location.anchor) == ["G1", "G2", "B1"])
    }
    /// A page that writes each entry as its own one-item definition list reads its lists alike: a
    /// term written as a statement asks when a sibling list of its class asks ("simple faq" and
    /// "faq" share "faq"); a list of another kind beside them does not.
    @Test func oneItemDefinitionListsOfOneKindAreReadAlike() throws {
        let html = """
            <html><body><section><h1>Questions</h1>
            <dl class="faq"><dt>Why does the build need headers?</dt><dd><p>The compiler reads the headers of the client library.</p></dd></dl>
            <dl class="simple faq"><dt>The loader reports an undefined symbol when imported.</dt><dd><p>An older client library is found at run time; rebuild against the one you run.</p></dd></dl>
            <dl class="glossary"><dt>Loader</dt><dd><p>The part of the system that maps libraries.</p></dd></dl>
            </section></body></html>
            """
        let records = try Self.read(html).records
        let questions = records.compactMap(\.question)
        #expect(questions.contains("Why does the build need headers?"))
        #expect(questions.contains("The loader reports an undefined symbol when imported."), "\(questions)")
        #expect(!questions.contains("Loader"), "\(questions)")
        #expect(records.first { $0.question?.hasPrefix("The loader") == true }?.text.hasPrefix("An older client library") == true)
    }

    /// An accordion header holding its heading and a one-line summary is the question's header: the
    /// answer is the content beside it, not the summary alone.
    @Test func aHeadersSubtitleIsNotTheWholeAnswer() throws {
        let html = """
            <html><body><div class="accordion">
            <div class="section"><div class="section-header"><h3><span>How much does the service cost?</span></h3>
            <div class="section-summary">Prices and discounts</div></div>
            <div class="section-content"><p>A year of collections costs 60 pounds, and a second bin costs 40.</p></div></div>
            <div class="section"><div class="section-header"><h3><span>When are bins emptied?</span></h3></div>
            <div class="section-content"><p>Every other Tuesday, from March to November.</p></div></div>
            </div></body></html>
            """
        let records = try Self.read(html).records
        let cost = try #require(records.first { $0.question == "How much does the service cost?" })
        #expect(cost.text.contains("A year of collections costs 60 pounds"), "\(cost.text)")
        #expect(records.first { $0.question == "When are bins emptied?" }?.text == "Every other Tuesday, from March to November.")
    }
    /// A heading numbered as the page's questions are ("(FAQ 1b) ...", beside "(FAQ 1c) ...?") is an
    /// entry of their list at any level, even written as a statement; a heading numbered otherwise
    /// stays part of the answer it sits in.
    @Test func headingsNumberedAsTheQuestionsAreEntries() throws {
        let html = """
            <html><body><h2>Port forwarding</h2>
            <h3>(FAQ 1) How do I forward a port to my PC?</h3><p>Add a DNAT rule for the port.</p>
            <h4>(FAQ 1a) I followed those instructions but it does not work</h4><p>Check that the server's default gateway is the firewall.</p>
            <h4>(FAQ 1b) How do I forward a range of ports?</h4><p>Give the range as low:high in the rule.</p>
            <h4>Step 2</h4><p>Restart the firewall.</p>
            <h3>(FAQ 2) Why can't I ping the firewall?</h3><p>Ping is dropped by default.</p>
            </body></html>
            """
        let records = try Self.read(html).records
        let questions = records.compactMap(\.question)
        #expect(questions.contains("(FAQ 1a) I followed those instructions but it does not work"), "\(questions)")
        #expect(records.first { $0.question?.hasPrefix("(FAQ 1a)") == true }?.text == "Check that the server's default gateway is the firewall.")
        #expect(!questions.contains("Step 2"), "\(questions)")
        #expect(QuestionSegmenter.numberShape("(FAQ 1b) I'm still having problems") == "(FAQ #)")
        #expect(QuestionSegmenter.numberShape("A.7.8 My PuTTY sessions close") == "#.#.#")
        #expect(QuestionSegmenter.numberShape("Installation notes") == nil)
    }
    /// A question heading over a group of two or more buttons asks for a vote ("Was this article
    /// helpful? [Yes] [No]"), even when the buttons sit in a group of their own; over one button it
    /// is an accordion's header, whose answer follows.
    @Test func aQuestionOverVoteButtonsIsAWidget() throws {
        let html = """
            <html><body><main>
            <h2>How do I pause my box?</h2><p>Open your plan and choose the weeks to skip.</p>
            <div class="article-votes"><h2 id="votes-label">Was this article helpful?</h2>
            <div class="controls" role="group" aria-labelledby="votes-label"><button>Yes</button><button>No</button></div>
            <small>41 out of 47 found this helpful</small></div>
            <div class="card"><h4>Is the packaging recyclable?</h4><button>Show</button><p>Yes, all of it goes in the household bin for card.</p></div>
            </main></body></html>
            """
        let records = try Self.read(html).records
        let questions = records.compactMap(\.question)
        #expect(questions.contains("How do I pause my box?"))
        #expect(!questions.contains("Was this article helpful?"), "\(questions)")
        #expect(!records.contains { $0.text.contains("found this helpful") }, "\(records.map(\.text))")
        #expect(questions.contains("Is the packaging recyclable?"), "\(questions)")
    }
    /// A question list whose items open with a paragraph of emphasis (Asciidoctor's `qanda`):
    /// each item's opening paragraph is its entry's title, statements included.
    @Test func listItemsOpeningWithAnEmphasisedParagraphAreEntries() throws {
        let html = """
            <html><body><h1>Tool FAQ</h1><h2>1. Installing</h2><div class="qlist qanda"><ol>
            <li><p><em>Which platforms are supported?</em></p><p>Linux, macOS and FreeBSD.</p></li>
            <li><p><em>The sync hangs on large repositories.</em></p><p>It is waiting on a slow fetch; run it with a timeout.</p></li>
            </ol></div></body></html>
            """
        let records = try Self.read(html).records
        #expect(records.first { $0.question == "Which platforms are supported?" }?.text == "Linux, macOS and FreeBSD.")
        #expect(records.first { $0.question == "The sync hangs on large repositories." }?.text.hasPrefix("It is waiting") == true,
                "\(records.map { ($0.question ?? "-", $0.text) })")
    }

    /// Web components' named slots: a header slot answered by its sibling content slot (Ionic's
    /// accordion); components of one kind read alike, so a statement header is an entry too.
    @Test func namedSlotsPairAHeaderWithItsContent() throws {
        let html = """
            <html><body><ion-app><ion-content><h2>Tickets</h2><ion-accordion-group>
            <ion-accordion value="a"><ion-item slot="header"><ion-label>How do I buy a ticket?</ion-label></ion-item>
            <div class="ion-padding" slot="content">Tap Tickets and pay with a saved card.</div></ion-accordion>
            <ion-accordion value="b"><ion-item slot="header"><ion-label>My ticket will not activate.</ion-label></ion-item>
            <div class="ion-padding" slot="content">Check that the phone sets its clock automatically.</div></ion-accordion>
            </ion-accordion-group></ion-content></ion-app></body></html>
            """
        let records = try Self.read(html).records
        #expect(records.first { $0.question == "How do I buy a ticket?" }?.text == "Tap Tickets and pay with a saved card.", "\(records)")
        #expect(records.first { $0.question == "My ticket will not activate." }?.text == "Check that the phone sets its clock automatically.")
    }

    /// `<details>` of one kind (the same classes, on it and on its container) read alike wherever
    /// they sit: a theme that wraps each row in a container of its own still makes one accordion.
    @Test func detailsOfOneKindAreReadAlikeAcrossContainers() throws {
        let html = """
            <html><body><main>
            <div class="accordion row"><details class="item"><summary><h3>Can I change my order?</h3></summary><div>Yes, until it ships.</div></details></div>
            <div class="accordion row"><details class="item"><summary><h3>Returning an unopened item</h3></summary><div>Send it back within 30 days for a refund.</div></details></div>
            <div class="menu"><details class="drop"><summary>Shop</summary><div>Paint, Brushes</div></details></div>
            </main></body></html>
            """
        let records = try Self.read(html).records
        #expect(records.first { $0.question == "Returning an unopened item" }?.text == "Send it back within 30 days for a refund.", "\(records)")
        #expect(!records.contains { $0.question == "Shop" })
    }

    /// Text for screen readers only ("Section titled ...") is not what the page shows: headings in
    /// wrappers that carry such a label keep their answers.
    @Test func screenReaderOnlyTextIsNotRead() throws {
        let html = """
            <html><body><main>
            <div class="heading-wrapper"><h3 id="q1">Which boards are supported?</h3><a href="#q1"><span class="sr-only">Section titled “Which boards are supported?”</span></a></div>
            <p>Any ESP32 with 4 MB of flash runs the firmware.</p>
            <div class="heading-wrapper"><h3 id="q2">Can I use capacitive sensors?</h3><a href="#q2"><span class="visually-hidden">Section titled “Can I use capacitive sensors?”</span></a></div>
            <p>Yes, they last longer than resistive ones.</p>
            </main></body></html>
            """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Which boards are supported?", "Can I use capacitive sensors?"], "\(records)")
        #expect(!records.contains { $0.text.contains("Section titled") })
        #expect(HTMLDocument.isScreenReaderOnly("govuk-visually-hidden"))
        #expect(HTMLDocument.isScreenReaderOnly("show-for-sr"))
        #expect(!HTMLDocument.isScreenReaderOnly("sidebar-srcset faq-item"))
    }

    /// A heading inside a list item is a heading all the same: entries written as headings in an
    /// ordered list, most of them statements, are entries at the level where the questions are.
    @Test func headingsInsideListItemsAreEntries() throws {
        let html = """
            <html><body><h1>FAQ</h1><h2>Problems</h2><ol>
            <li><h3><a name="q1">Where can I get the program?</a></h3>From the download page.<hr></li>
            <li><h3><a name="q2">When I pull up a menu, the program crashes</a></h3>Set the keyboard to another layout first.<hr></li>
            <li><h3><a name="q3">Text is in a different place after export</a></h3>Use the same fonts on screen and in print.</li>
            </ol></body></html>
            """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Where can I get the program?", "When I pull up a menu, the program crashes",
                                             "Text is in a different place after export"], "\(records)")
        #expect(records.dropFirst().first?.text == "Set the keyboard to another layout first.")
    }

    /// A ligature icon's text is its glyph's name ("schedule"), not words of the question beside it.
    @Test func ligatureIconsAreNotRead() throws {
        let html = """
            <html><body><main><ul class="collapsible">
            <li><div class="collapsible-header"><i class="material-icons">schedule</i>How long is each lesson?</div><div class="collapsible-body"><p>Lessons last two hours.</p></div></li>
            <li><div class="collapsible-header"><span class="material-symbols-outlined">payments</span>How much do lessons cost?</div><div class="collapsible-body"><p>Forty pounds an hour.</p></div></li>
            </ul></main></body></html>
            """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["How long is each lesson?", "How much do lessons cost?"], "\(records)")
        #expect(HTMLDocument.isLigatureIcon("q-icon notranslate material-icons"))
        #expect(!HTMLDocument.isLigatureIcon("fa fa-plus icon"))
    }

    /// A notice the reader can close is not an answer: a board announcement with a close link,
    /// though its title asks.
    @Test func dismissibleNoticesAreChrome() throws {
        let html = """
            <html><body>
            <div id="announcement"><a href="/close" class="close" title="Close announcement"></a><div><strong>Seen a swarm in your garden?</strong><br>Call the swarm line and a collector will ring you back.</div></div>
            <main><h2>Can I visit the apiary?</h2><p>Yes, on open days from May to September.</p></main>
            </body></html>
            """
        let records = try Self.read(html).records
        #expect(records.map(\.question) == ["Can I visit the apiary?"], "\(records)")
    }
}
