"""English: the words of British, Irish, American and international English copy."""

from newsparse.lexicon import Lexicon

PACK = Lexicon(
    languages=("en",),
    agencies=(
        # The wire services and their common short forms.
        "Reuters", "Reuter", "Thomson Reuters", "AP", "Associated Press", "AFP",
        "Agence France-Presse", "PA", "PA Media", "Press Association", "Bloomberg",
        "Xinhua", "Yonhap", "Kyodo", "PTI", "IANS", "ANI", "UPI", "CNA", "Tass", "RIA",
        "Interfax", "Anadolu", "Bernama", "Antara", "AAP", "CP", "Canadian Press", "NZPA",
        "WAM", "SPA", "IRNA", "APA", "ANP", "Belga", "TT", "NTB", "Ritzau", "STT", "CTK",
        "PAP", "MTI", "Sapa", "KCNA", "Dow Jones", "Getty Images", "EPA", "EPA-EFE",
        # The Guardian and Irish Times sign-offs.
        "Agencies", "agencies", "Staff and agencies", "News agencies", "Guardian",
        "Press Association", "Irish Times",
    ),
    credit_labels=(
        "Photograph", "Photographs", "Photo", "Photos", "Photo credit", "Picture", "Pictures",
        "Pic", "Image", "Images", "Image credit", "Credit", "Credits", "Illustration",
        "Composite", "Graphic", "Video", "Source", "Photographer", "Copyright", "AP Photo",
        "Photo illustration",
    ),
    read_more=(
        "READ MORE", "Read more", "Read More", "Related", "Related articles", "Related stories",
        "Related content", "Related coverage", "Related links", "More on this story",
        "More on this", "See also", "Also read", "Read also", "Recommended", "Recommended stories",
        "More stories", "You may also like", "You might also like", "Further reading",
        "Also on", "More from", "Most read",
    ),
    byline_words=("By", "Written by", "Words by", "Reporting by", "Story by", "Posted by"),
    staff_bylines=(
        "Staff and agencies", "Guardian staff and agencies", "Staff reporter", "Staff writer",
        "Staff writers", "Reuters staff", "Associated Press", "AP staff", "Our correspondent",
        "Our foreign staff", "Daily Mail Reporter", "Mail Foreign Service", "MailOnline Reporter",
        "Agencies", "News desk", "Web desk", "Digital desk",
    ),
    timestamp_words=(
        "Published", "Updated", "Last updated", "First published", "Posted", "Modified",
        "Last modified", "Created", "Published on", "Updated on", "Posted on",
    ),
    contributor_leads=(
        "Reporting by", "Additional reporting by", "Additional reporting", "Writing by",
        "Editing by", "Compiled by", "Research by", "Reported by", "Produced by",
        "With reporting by", "Additional reporting from",
    ),
    contributor_tails=(
        "contributed to this report", "contributed to this story", "contributed reporting",
        "contributed to this article", "contributed to this",
    ),
    boilerplate=(
        "Share", "Share this", "Share this article", "Share this story", "Share on Facebook",
        "Share on Twitter", "Share on WhatsApp", "Share via Email", "Share page", "Tweet", "Email",
        "Print", "Comments", "Advertisement", "ADVERTISEMENT", "Sponsored", "Sponsored content",
        "Sign up", "Subscribe", "Subscribe now", "Skip to content", "Skip to main content",
        "Skip advertisement", "Continue reading", "Continue reading the main story",
        "Story continues below", "Story continues below advertisement", "Save", "Save article",
        "Copy link", "Link copied", "Listen to this article", "Follow", "Close", "Menu",
        "Search", "Log in", "Sign in", "Register", "Home", "Back to top", "Scroll down for video",
        "Image", "Video", "Watch", "Listen", "Loading", "Loading…", "___", "Topics",
    ),
    boilerplate_heads=(
        "Related Topics", "Topics", "Tags", "More about", "Explore more on these topics",
        "Most Popular", "Most popular", "Most Read", "Most read", "Trending", "Trending now",
        "Sign up for", "Sign up to", "Newsletter", "Get the latest", "Subscribe to",
        "Our Standards", "Follow us", "Follow", "Share this with", "Related Tags",
    ),
    months=(
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ),
    weekdays=(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    ),
)
