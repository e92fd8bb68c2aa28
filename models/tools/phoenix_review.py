"""A reader's review of the Phoenix actor dictionaries' aliases, for ``phoenix_groups.py``.

Each rejected alias is listed under its reason; the names kept are made only of ordinary words
but name one group in news. The review is by what the name means in news, never by a sentence of
a development file.
"""

# Reviewed rejections, by reason. The review is by what the name means in news, never by a
# sentence of a development file.
REJECTED_ON_REVIEW = {
    # people listed as aliases of their group (leaders, founders, commanders)
    "person": {
        "Khaled Meshaal", "Sheikh Ahmed Yassin", "Ahmed Yassin", "Abu Zuhri", "Sami Abu Zuhri",
        "Sheikh Ahmed Ismail Hassan Yassin", "Mohammed Deif", "Marwan Issa", "Hasan Nasrallah",
        "Hassan Nasrallah", "Nasrallah", "Imad Mughniyeh", "Imad Fayez Mughniyeh",
        "Imad Mughniyah", "Imad Moughniyah", "Dominic Ongwen", "Joseph Kony", "Vincent Otti",
        "Caesar Achellam", "Raska Lukwiya", "Okot Odhiambo", "Odong Latek", "Alphonse Lamola",
        "Nixman Oryanga", "Osama bin Laden", "Usama bin Laden", "Bin Laden",
        "Osama bin Mohammed bin Awad bin Laden", "Usama bin Ladin", "Osama bin Ladin",
        "Ayman al-Zawahiri", "al-Zawahiri", "Zawahiri", "Nasir al-Wuhayshi", "Nasser al-Wahayshi",
        "Nasir Abdel Karim al-Wuhayshi", "Naser al-Wahishi", "Nasser al-Wuhayshi", "Abu Basir",
        "al-Awlaki", "Anwar al-Awlaki", "Awlaqi", "Aulaqi", "Anwar Awlaki", "Ahmad Umar",
        "Moktar Ali Zubeyr", "Ahmed Abdi Godane", "Gracchus Babeuf", "Rigas Fereos",
        "Rigas Ferreos", "Alejo Calatayu", "Abu al-Abbas", "Hammarskjold", "Subroto",
        "Sam Melville", "Shahin",
        "Abu Sayyaf",  # also the group's name, but news writes "Abu Sayyaf" for the founder too
    },
    # a phrase of general words that a religious, ethnic or political adjective makes look
    # like a name ("the Islamic group said", "a national front")
    "generic phrase": {
        "Islamic Jihad", "Islamic Group", "Islamic Party", "Islamic Union", "Islamic Unity",
        "Islamic Community", "Islamic Society", "Islamic Brotherhood", "Islamic Resistance",
        "Supporters of Islam", "Sword of Islam", "Banner of Islam", "Army of Mohammed",
        "Army of the Prophet", "Mohammeds Army", "Muhammeds Army", "Party of God",
        "Army of God", "Holy War Command", "Jihad Group", "New Jihad Group", "Army of Jihad",
        "Supporters of Jihad", "Jihad Base", "United National Front", "National Front",
        "National Resistance", "Popular Resistance", "National Liberation Movement",
        "National Revolutionary Front", "Revolutionary Left", "Revolutionary Army",
        "Islamic Action Organization", "Islamic Revolutionary Group", "Islamic Salvation Movement",
        "Mujahideen Army", "International Government Organization",
        "International Government Organisation", "UN Bodies", "UN Resident", "UN Mission",
        "UN Envoy", "U.N. Monitor", "United Nations Monitor", "Indian UN Peacekeeper",
        "Christian Catholic", "Counter Revolutionaries", "Marxist Leninist", "Mohammed's Army",
        "Egypt's Revolution", "American Front", "Anti-Zionist Movement", "al-Tawhid",
        "Al-Tawhid", "Boogeymen", "Machete Wielders",
    },
    # the name is better known for another group than the one the source codes
    "other group": {
        "Ansar Allah",  # news: Yemen's Houthis; the source codes a Lebanese group
        "Black September",  # news: the 1970 war in Jordan as often as the group
        "Direct Action",  # several groups in several countries
        "La Liga",  # Spain's football league
        "EPA", "FPS",  # the U.S. Environmental Protection Agency; frames per second
        "Yahweh",  # the name of God
        "Waffen SS",  # Nazi Germany's force; the source files a Latvian revival
        "Bersatu",  # news: Malaysia's party; the source codes a Thai group
        "Ansar al-Din",  # news: Mali's Ansar Dine; the source codes an Iraqi group
        "al-Qaeda Organization",  # al-Qaida itself, which has no country; the source files it
        "Al-Qaeda Organization",  # under a Pakistani offshoot
    },
    # the source's code is not the body's: an NGO or a national body coded IGO
    "miscoded": {
        "American Correctional Association", "Saferworld", "Mayors for Peace", "ORA International",
        "Unocal",
    },
}
# Names made only of ordinary words that news uses for one group, kept on review.
KEPT_ON_REVIEW = {"New People's Army", "Shining Path", "Red Brigades", "Black Panthers",
                  "Lord's Resistance Army", "Islamic Resistance Movement", "Tamil Tigers",
                  "Khmer Rouge"}
