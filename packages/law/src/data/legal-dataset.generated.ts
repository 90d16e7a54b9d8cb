// GENERATED FILE - do not edit by hand.
// Source: ../shared/legal/legal-data.json
// sha256: 2cbe929554a6d6865c9bb5f462bd50d3ad4489ddb5a948b45cf1b10bab00d4fe
// Regenerate: npm run build:law (node --import tsx scripts/build-law-dataset.ts).
// dataset.test.ts checks it against the dataset schema and that regenerating it from the
// shared file gives these exact bytes.

import type { LawDataset } from '../model.ts';

// prettier-ignore
export const BUNDLED_DATASET: LawDataset = {
  "meta": {
    "sourceFile": "../shared/legal/legal-data.json",
    "sha256": "2cbe929554a6d6865c9bb5f462bd50d3ad4489ddb5a948b45cf1b10bab00d4fe",
    "description": "research draft; all values sourced or 'unknown'; 'basis' = direct | derived (inferred from a list's composition or absence) | weak (secondary digest) | none",
    "requiredMatrixInstruments": ["OPSC","BUDAPEST","LANZAROTE","ILO_C182","HAGUE1980"]
  },
  "sources": [
    {
      "id": "BR_LOC",
      "title": "Library of Congress: Extradition of citizens - Brazil",
      "ref": "https://www.loc.gov/law/help/extradition-of-citizens/brazil.php",
      "reliability": "official (LoC)"
    },
    {
      "id": "BUD_2008",
      "title": "cyberlaw.org.uk: Ratification Status for the CyberCrime Convention (April 2008)",
      "ref": "https://cyberlaw.org.uk/2008/04/26/ratification-status-for-the-cybercrime-convention/",
      "reliability": "secondary"
    },
    {
      "id": "BUD_247",
      "title": "CoE: The 24/7 Network established under the Convention on Cybercrime",
      "ref": "https://www.coe.int/en/web/cybercrime/24/7-network-new",
      "reliability": "official (CoE)"
    },
    {
      "id": "BUD_AR_LEY",
      "title": "Argentina, Law 27.411 (Dec 2017) approving the Convention on Cybercrime; reservations to be made on deposit incl. Arts. 6.1.b, 9.1.d, 9.2.b, 9.2.c (translation of InfoLEG text)",
      "ref": "https://www.global-regulation.com/translation/argentina/26139353/convention-on-cybercrime-of-the-council-of-europe.html",
      "reliability": "translation of official text"
    },
    {
      "id": "BUD_BR_DEC",
      "title": "Brazil, Decree 11.491 of 12 Apr 2023 promulgating the Convention on Cybercrime (instrument deposited 30 Nov 2022; in force for Brazil 1 Mar 2023) - LegJur copy",
      "ref": "https://legjur.com/legislacao/art/dec_00114912023",
      "reliability": "official text copy"
    },
    {
      "id": "BUD_CHANGES_NL",
      "title": "Dutch treaty database change log for ETS 185 (New Zealand accession 2025; Ecuador, Norway designations)",
      "ref": "https://treatydatabase.overheid.nl/nl/Verdrag/Details/009852_w",
      "reliability": "official (NL)"
    },
    {
      "id": "BUD_COUNT_2024",
      "title": "CoE: 30th T-CY plenary - Budapest Convention reaches 75 Parties (20 June 2024)",
      "ref": "https://coe.int/en/web/cybercrime/-/30th-t-cy-plenary-treaty-ceremony-sees-budapest-convention-reach-75-parties-benin-accede-to-the-first-protocol-and-czech-republic-and-sierra-leone-sign-the-second-additional-protocol",
      "reliability": "official (CoE)"
    },
    {
      "id": "BUD_CO_C224",
      "title": "Colombia Constitutional Court, judgment C-224/19 (2019): Convention on Cybercrime and Ley 1928 of 2018 consistent with the Constitution",
      "ref": "https://www.corteconstitucional.gov.co/relatoria/2019/C-224-19.htm",
      "reliability": "official (CO court)"
    },
    {
      "id": "BUD_CO_LEY",
      "title": "Colombia, Ley 1928 of 24 Jul 2018 approving the Convention on Cybercrime (Senate legal database)",
      "ref": "http://www.secretariasenado.gov.co/senado/basedoc/ley_1928_2018_pr001.html",
      "reliability": "official (CO)"
    },
    {
      "id": "BUD_GH_CSA",
      "title": "Ghana Marketer (21 Jul 2023), quoting Ghana's Cyber Security Authority: Ghana signed CETS 224 on 28 Jun 2023 in Strasbourg, after ratifying the Budapest Convention four years earlier",
      "ref": "https://ghanamarketer.com/2023/07/21/empowering-ghanas-cybersecurity-signing-the-budapest-convention-to-combat-cybercrime/",
      "reliability": "news quoting official"
    },
    {
      "id": "BUD_JP_DECL",
      "title": "kitano.hatenadiary (2004) quoting the Japanese Diet explanatory document on planned Art. 9 declarations",
      "ref": "https://kitano.hatenadiary.org/entry/20040318/p2",
      "reliability": "weak; pre-ratification"
    },
    {
      "id": "BUD_KE_NC4",
      "title": "Kenya National Computer and Cybercrimes Coordination Committee (NC4): Kenya, Malawi and Papua New Guinea invited to accede to the Budapest Convention (9 Oct 2024)",
      "ref": "https://nc4.go.ke/budapest-convention-on-cybercrime",
      "reliability": "official (KE)"
    },
    {
      "id": "BUD_NG",
      "title": "Council of Europe: Nigeria acceded to the Convention on cybercrime (6 July 2022)",
      "ref": "https://www.coe.int/en/web/human-rights-rule-of-law/-/nigeria-acceded-to-the-council-of-europe-convention-on-cybercri-1",
      "reliability": "official (CoE)"
    },
    {
      "id": "BUD_NOTIF_2011",
      "title": "CoE Treaty Office notification JJ7249C Tr./185-67 (UK ratification), 1 June 2011",
      "ref": "https://doczz.fr/doc/5534207/please-quote--jj7249c-tr.-185-67-strasbourg--1-june-2011",
      "reliability": "official document mirror"
    },
    {
      "id": "BUD_PARTIES_NL",
      "title": "inview.nl - Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken: Partijen en gegevens (from Verdragenbank; Trb. 2024, 97)",
      "ref": "https://inview.nl/document/ida9135c0f2679103f04a4f8f7d99c2d8c",
      "reliability": "official data via publisher; excerpt covers A-M only"
    },
    {
      "id": "BUD_PH_INQ",
      "title": "Inquirer Global Nation (2018): EU lauds PH accession to the Budapest Convention; deposit would make the Philippines the 57th Party",
      "ref": "https://globalnation.inquirer.net/165163/european-union-eu-budapest-convention-on-cybercrime-philippines-global-initiative",
      "reliability": "news"
    },
    {
      "id": "BUD_RES_AT",
      "title": "Austria: Convention on Cybercrime, reservation Art. 29(4) (global-regulation translation)",
      "ref": "https://www.global-regulation.com/translation/austria/2997232/convention-on-cybercrime.html",
      "reliability": "translation of official gazette"
    },
    {
      "id": "BUD_RES_DK",
      "title": "CoE Treaty Office: reservations ETS 185 - Denmark",
      "ref": "https://www.coe.int/de/web/conventions/full-list/-/conventions/treaty/185/declarations?p_auth=HpCPaY7G&_coeconventions_WAR_coeconventionsportlet_enVigueur=false&_coeconventions_WAR_coeconventionsportlet_searchBy=state&_coeconventions_WAR_coeconventionsportlet_codePays=DEN&_coeconventions_WAR_coeconventionsportlet_codeNature=2",
      "reliability": "official (CoE)"
    },
    {
      "id": "BUD_RES_ME",
      "title": "CoE Treaty Office: reservations ETS 185 - Montenegro",
      "ref": "https://www.coe.int/de/web/conventions/full-list/-/conventions/treaty/185/declarations?p_auth=HpCPaY7G&_coeconventions_WAR_coeconventionsportlet_enVigueur=false&_coeconventions_WAR_coeconventionsportlet_searchBy=state&_coeconventions_WAR_coeconventionsportlet_codePays=MOT&_coeconventions_WAR_coeconventionsportlet_codeNature=2",
      "reliability": "official (CoE)"
    },
    {
      "id": "BUD_TEXT",
      "title": "Convention on Cybercrime ETS 185, authentic English text (Dutch treaty database mirror BWBV0001839)",
      "ref": "github:statengeneraal/laws-markdown/verdrag/convention/on/cybercrime/BWBV0001839/README.md",
      "reliability": "primary text"
    },
    {
      "id": "BUD_TH_OCTOPUS",
      "title": "CoE Octopus cyberwiki: Thailand country profile - status regarding Budapest Convention: NA",
      "ref": "https://www.coe.int/en/web/octopus/-/thailand",
      "reliability": "official (CoE country profile)"
    },
    {
      "id": "BUD_US",
      "title": "U.S. Embassy Tokyo: U.S. Joins Council of Europe Convention on Computer-Based Crime (2 Oct 2006)",
      "ref": "https://japan2.usembassy.gov/e/p/2006/tp-20061002-04.html",
      "reliability": "official (US)"
    },
    {
      "id": "BUD_VN_OCTOPUS",
      "title": "CoE Octopus cyberwiki: Vietnam country profile - no Party, signatory or invitee status shown",
      "ref": "https://www.coe.int/en/web/octopus/-/vietnam",
      "reliability": "official (CoE country profile); status field blank"
    },
    {
      "id": "BUD_VN_VOV",
      "title": "VOV (June 2025): Vietnam at the Octopus Conference presents the Hanoi Convention as an 'alternative yet compatible' instrument to the Budapest Convention",
      "ref": "https://english.vov.vn/en/politics/vietnam-reinforces-commitment-to-global-cybercrime-fight-post1205022.vov",
      "reliability": "news (state media); indirect"
    },
    {
      "id": "BUD_ZA_PMG",
      "title": "South African Parliament, reply of the Minister of International Relations and Cooperation to question NW2136 (21 Sep 2020): signed 23 Nov 2001; Government does not intend to ratify",
      "ref": "https://pmg.org.za/committee-question/14693/",
      "reliability": "official (parliamentary reply, via PMG)"
    },
    {
      "id": "CA_1631",
      "title": "Criminal Law Notebook: Definition of Child Pornography (Criminal Code s.163.1)",
      "ref": "http://criminalnotebook.ca/index.php/Definition_of_Child_Pornography",
      "reliability": "secondary quoting statute"
    },
    {
      "id": "CETS224_EUCRIM",
      "title": "eucrim: Second Additional Protocol to Cybercrime Convention",
      "ref": "https://eucrim.eu/news/second-additional-protocol-to-cybercrime-convention",
      "reliability": "secondary (specialist)"
    },
    {
      "id": "CETS224_EUROJUST",
      "title": "Eurojust/SIRIUS: Article 10 of the Second Additional Protocol - Emergency Mutual Assistance",
      "ref": "https://www.eurojust.europa.eu/publication/article-10-second-additional-protocol-convention-cybercrime-emergency-mutual-assistance",
      "reliability": "official (EU agency)"
    },
    {
      "id": "CETS224_ICANN",
      "title": "ICANNWiki: Budapest Convention (2nd Protocol summary)",
      "ref": "https://icannwiki.org/index.php?title=Budapest_Convention&diff=1342373&oldid=prev",
      "reliability": "secondary"
    },
    {
      "id": "CETS224_STATUS",
      "title": "Dutch treaty database: Second Additional Protocol (CETS 224) parties table",
      "ref": "https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html",
      "reliability": "official (NL)"
    },
    {
      "id": "CETS224_STATUS2",
      "title": "Dutch treaty database: CETS 224 parties + Japan reservation text",
      "ref": "https://verdragen.nl/en/Treaty/Details/013833_p.html",
      "reliability": "official (NL)"
    },
    {
      "id": "CETS224_WIPO",
      "title": "WIPO Lex: Second Additional Protocol to the Convention on Cybercrime (CETS 224) - signatures and ratifications (Spanish; snapshot after Jul 2025, rows Albania to Romania visible)",
      "ref": "https://cdn.nestjs.wipolex.wji.prd.web1.wipo.int/wipolex/es/treaties/parties/19810",
      "reliability": "official mirror (WIPO Lex); partial view"
    },
    {
      "id": "CJEU_DRI",
      "title": "EUR-Lex: CJEU Grand Chamber, Digital Rights Ireland, C-293/12 & C-594/12, 8 April 2014",
      "ref": "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A62012CJ0293",
      "reliability": "official (EU)"
    },
    {
      "id": "CJEU_DRI_RET",
      "title": "techlaw.ie: CJEU rules the Data Retention Directive invalid (6 to 24 months)",
      "ref": "https://www.techlaw.ie/2014/04/articles/cyber-risk-data-privacy/cjeu-rules-that-the-data-retention-directive-is-invalid/",
      "reliability": "professional"
    },
    {
      "id": "CLOUD_2025",
      "title": "Excited Pixels: An initial assessment of CLOUD agreements (Mar 2025; UK, Australia in place; Canada negotiating)",
      "ref": "https://excited-pixels.com/2025/03/11/an-initial-assessment-of-cloud-agreements",
      "reliability": "secondary"
    },
    {
      "id": "CLOUD_AU",
      "title": "Inside Privacy (Covington): U.S. and Australia sign CLOUD Act agreement (15 Dec 2021)",
      "ref": "https://www.insideprivacy.com/international/u-s-and-australia-sign-cloud-act-agreement/",
      "reliability": "professional"
    },
    {
      "id": "CLOUD_IELR",
      "title": "IELR blog: US-UK CLOUD Agreement certification; CLOUD Act signed 23 Mar 2018; 180-day rule",
      "ref": "https://ielrblog.com/index.php/category/national-security/page/4",
      "reliability": "secondary"
    },
    {
      "id": "DE_184",
      "title": "Kanzlei Sonneborn: Kinderpornografie § 184b StGB (children <14; § 184c 14-18)",
      "ref": "https://www.kanzlei-sonneborn.de/home/sexualstrafrecht/kinderpornografie/",
      "reliability": "law-firm page"
    },
    {
      "id": "DE_2021",
      "title": "Rueden Rechtsanwaelte: Verbreitung Kinderpornografie Strafe (2021 tightening, possession as Verbrechen)",
      "ref": "https://www.rueden.de/anwalt-strafrecht-berlin/anwalt-sexualstrafrecht-berlin/verbreitung-kinderpornografie-strafe/",
      "reliability": "law-firm page"
    },
    {
      "id": "DE_2024",
      "title": "rechtsanwalt-de.com: Entschaerfung des § 184b StGB (2021 felony; downgrade decision)",
      "ref": "https://www.rechtsanwalt-de.com/entscharfung-des-184b-stgb-neue-wege-in-der-verteidigung-bei-kinderpornografie.html",
      "reliability": "law-firm page"
    },
    {
      "id": "DE_ART16",
      "title": "FRA: Basic Law for the Federal Republic of Germany, Art. 16(2)",
      "ref": "https://fra.europa.eu/en/law-reference/basic-law-federal-republic-germany-15",
      "reliability": "official (EU agency)"
    },
    {
      "id": "DE_CACHE",
      "title": "Rechtsanwalt Kaiser: §§ 184b-c StGB (mere viewing not punishable; cache storage may be)",
      "ref": "https://rechtsanwalt-kaiser-bielefeld.de/kinderpornographie",
      "reliability": "law-firm page"
    },
    {
      "id": "EEV_ART10",
      "title": "Regulation (EU) 2023/1543 Art. 10 Execution of an EPOC (FantasticSearch mirror of EUR-Lex)",
      "ref": "https://fantasticsearch.net/law/eu/en?article=1&id=WG0lZpsB1anJoctM1I2V",
      "reliability": "official text mirror"
    },
    {
      "id": "EEV_ART11",
      "title": "Regulation (EU) 2023/1543 Art. 11 Execution of an EPOC-PR (FantasticSearch mirror of EUR-Lex)",
      "ref": "https://fantasticsearch.net/law/eu/en?article=1&id=X20lZpsB1anJoctM1I2V",
      "reliability": "official text mirror"
    },
    {
      "id": "EEV_BOOK",
      "title": "Tymofeyeva, Crhak et al., New Technologies in International Law (p.55: 10 days / 8 hours / 96 hours)",
      "ref": "https://cld.bz/F36giRe/55",
      "reliability": "academic"
    },
    {
      "id": "EEV_BOOK54",
      "title": "Tymofeyeva, Crhak et al., New Technologies in International Law (p.54: emergency validation within 48 hours)",
      "ref": "https://cld.bz/F36giRe/54",
      "reliability": "academic"
    },
    {
      "id": "EIO_ART12",
      "title": "legislation.gov.uk: Directive 2014/41/EU Article 12 (as adopted)",
      "ref": "https://legislation.gov.uk/eudr/2014/41/article/12/adopted/data.xht",
      "reliability": "official text mirror"
    },
    {
      "id": "EIO_EJN",
      "title": "EJN: Practical information on competent authorities for the EIO (Art. 3 excludes JIT setting-up)",
      "ref": "https://docslib.org/doc/7608909/practical-information-on-the-competent-authorities-and-languages-accepted-for-the-european-investigation-order-in-criminal-matte",
      "reliability": "official document mirror"
    },
    {
      "id": "EIO_ES",
      "title": "EJN Fiches Belges - Spain: EIO deadlines implemented (30/90 days)",
      "ref": "https://ejn-crimjust.europa.eu/ejn2021/FichesBelgesDetail/EN/A.41/373/-1",
      "reliability": "official (EJN)"
    },
    {
      "id": "EIO_SCOPE",
      "title": "The European Investigation Order - introduction (IE and DK do not participate; JIT exempt)",
      "ref": "https://vdocuments.us/the-european-investigation-order-introduction-a-joint-investigation-teams-are.html",
      "reliability": "secondary"
    },
    {
      "id": "EU_DIR_ART25",
      "title": "husovec.eu: Directive 2011/93 Art. 25 text (removal/blocking)",
      "ref": "http://www.husovec.eu/2012/03/new-directive-measures-against-websites.html",
      "reliability": "secondary quoting OJ"
    },
    {
      "id": "EU_DIR_ART25_PL",
      "title": "sip.lex.pl: Dyrektywa 2011/93/UE art. 25 (Polish OJ text)",
      "ref": "https://sip.lex.pl/akty-prawne/dzienniki-UE/dyrektywa-2011-93-ue-w-sprawie-zwalczania-niegodziwego-traktowania-w-68086843/art-25",
      "reliability": "official text mirror"
    },
    {
      "id": "EU_DIR_DEF_BG",
      "title": "Bulgarian summary quoting Directive 2011/93 child pornography definition (four limbs)",
      "ref": "https://unwincingly1.rssing.com/chan-1886550/article231.html",
      "reliability": "secondary, Bulgarian"
    },
    {
      "id": "EU_DIR_EURLEX",
      "title": "EUR-Lex: Directive 2011/93/EU (OJ L 335, 17.12.2011)",
      "ref": "https://eur-lex.europa.eu/legal-content/EN/AUTO/?qid=1722422923996&uri=CELEX%3A32011L0093",
      "reliability": "official (EU)"
    },
    {
      "id": "EXTR_LOC_NAT",
      "title": "Library of Congress: Extradition of citizens - Brazil (lists states with constitutional bars incl. Ukraine)",
      "ref": "https://www.loc.gov/law/help/extradition-of-citizens/brazil.php",
      "reliability": "official (LoC)"
    },
    {
      "id": "HAGUE_2010",
      "title": "childabductionlaw.ca: History of Hague Convention (participants as of June 2010)",
      "ref": "https://www.childabductionlaw.ca/history-of-hague-convention",
      "reliability": "secondary"
    },
    {
      "id": "HAGUE_2014",
      "title": "Copy of HCCH status table, Convention 28 (last update 10.04.2014; 93 Contracting States)",
      "ref": "http://religious.radioritual.ru/5221220994733714.html",
      "reliability": "mirror of HCCH table; excerpt A-N only"
    },
    {
      "id": "HAGUE_FJC",
      "title": "Federal Judicial Center: 1980 Hague Convention FAQ - whether treaty in force",
      "ref": "https://fjc.gov/content/311389/1980-hague-convention-faq-whether-treaty-force",
      "reliability": "official (US judiciary)"
    },
    {
      "id": "HAGUE_GH_EWHC",
      "title": "Re G and H (Children: Return to Ghana) [2024] EWHC 1453 (Fam) - return ordered under the inherent jurisdiction as a non-Hague Convention case (judgment and digest)",
      "ref": "https://caselaw.nationalarchives.gov.uk/ewhc/fam/2024/1453",
      "reliability": "official (judgment); non-Convention status per caselawdigest.com summary"
    },
    {
      "id": "HAGUE_GH_HCCH",
      "title": "HCCH news (21 Sep 2016): Ghana accedes to the 1993 Intercountry Adoption Convention - 'the first Hague Convention that Ghana has joined'",
      "ref": "https://www.hcch.net/es/news-archive/details/?varevent=520",
      "reliability": "official (HCCH)"
    },
    {
      "id": "HAGUE_GH_MORLEY",
      "title": "Jeremy D. Morley: Notes on Ghana and international child abduction - Ghana has not signed the Hague Abduction Convention",
      "ref": "http://www.international-divorce.com/ghana_family_law",
      "reliability": "law-firm page"
    },
    {
      "id": "HAGUE_ID_DOS",
      "title": "U.S. Department of State, International Parental Child Abduction - Indonesia (archived 2004): not a party to the Hague Abduction Convention",
      "ref": "https://webharvest.gov/peth04/20041108142734/http://travel.state.gov/family/abduction_indonesia.html",
      "reliability": "official (US), archived"
    },
    {
      "id": "HAGUE_ID_MORLEY",
      "title": "Jeremy D. Morley: Indonesia international child abduction - Indonesia has not acceded; party only to the Apostille Convention among Hague instruments",
      "ref": "https://www.international-divorce.com/indonesia-international-child-abduction",
      "reliability": "law-firm page"
    },
    {
      "id": "HAGUE_IN_BS",
      "title": "Business Standard/PTI (6 Nov 2016): Govt likely to junk inter-parental child abduction bill - 'we are not signing the Hague Convention'",
      "ref": "https://business-standard.com/amp/article/pti-stories/govt-likely-to-junk-inter-parental-child-abduction-bill-116110600090_1.html",
      "reliability": "news quoting government"
    },
    {
      "id": "HAGUE_IN_HT",
      "title": "Hindustan Times (2018): India may not sign Hague convention on international child abduction (WCD ministry officials)",
      "ref": "https://www.hindustantimes.com/india-news/india-may-not-sign-hague-convention-on-international-child-abduction/story-dNTk63osFMcrA17y2Y6qwO.html",
      "reliability": "news quoting government"
    },
    {
      "id": "HAGUE_IN_LC",
      "title": "Law Commission of India, Report No. 218 (March 2009): Need to accede to the Hague Convention on the Civil Aspects of International Child Abduction (mirror)",
      "ref": "https://vdocuments.us/government-of-india-law-commission-of-india-of-india-law-commission-of-report.html",
      "reliability": "official report (mirror)"
    },
    {
      "id": "HAGUE_KE_BD",
      "title": "Business Daily Africa (opinion, c. 2017): Kenya must sign Hague abduction convention",
      "ref": "https://www.businessdailyafrica.com/analysis/Kenya-must-sign-Hague-abduction-convention/539548-4093240-5dqvrq/index.html",
      "reliability": "news (opinion)"
    },
    {
      "id": "HAGUE_KE_YNEWS",
      "title": "Y-News (2025): Kenya still not a signatory to the Hague Convention (US Annual Report on International Child Abduction); Cabinet approved accession in 2023, pending in Parliament",
      "ref": "https://ynews.digital/governance/international-child-abduction-kenya-still-not-a-signatory-to-hague-convention/",
      "reliability": "news citing US State Dept report"
    },
    {
      "id": "HAGUE_NG_2025",
      "title": "The Crime Scene (26 May 2025): Nigeria does not adhere to the 1980 Hague Convention (US State Dept annual report)",
      "ref": "https://www.thecrimesscene.com/2025/05/26/nigeria-does-not-respect-international-protocols-on-parental-child-abduction-report",
      "reliability": "news citing US State Dept report"
    },
    {
      "id": "HAGUE_NG_CCR",
      "title": "Careful Child Relocation: Nigeria - not a Contracting State to the HCCH Children's Conventions incl. 1980 Abduction",
      "ref": "https://carefulchildrelocation.com/nigeria/",
      "reliability": "secondary (practitioner)"
    },
    {
      "id": "HAGUE_NL_FAQ",
      "title": "Family lawyer The Hague FAQ: which countries have signed (Art. 38 accession/acceptance; HCCH status table links)",
      "ref": "https://familylawyer-thehague.nl/nl/faq-items/which-countries-have-signed-the-convention/",
      "reliability": "law-firm FAQ"
    },
    {
      "id": "HAGUE_PH",
      "title": "International Family Law blog: Philippines becomes 94th country in Hague Child Abduction treaty (Apr 2016)",
      "ref": "http://familylaw.typepad.com/internationalfamilylaw/2016/04/philippines-becomes-94th-country-in-hague-child-abduction-treaty-japan-accepts.html",
      "reliability": "secondary"
    },
    {
      "id": "HAGUE_TH_DOS",
      "title": "U.S. Department of State, IPCA Country Information - Thailand: treaty partners under the 1980 Convention since 1 Apr 2016 (mirror copy)",
      "ref": "https://travel.his.com/content/travel/en/International-Parental-Child-Abduction/International-Parental-Child-Abduction-Country-Information/Thailand.html",
      "reliability": "official (US) via mirror"
    },
    {
      "id": "HAGUE_TH_TILLEKE",
      "title": "Tilleke & Gibbins: Thailand Child Abduction Act (International Civil Cooperation on the Breach of Rights of Custody Act B.E. 2555, effective 9 Apr 2013)",
      "ref": "https://tilleke.com/insights/thailand-child-abduction-act-legal-recourse-parents",
      "reliability": "law-firm page"
    },
    {
      "id": "HAGUE_TRB2006",
      "title": "Tractatenblad 2006, 87 - Hague 1980 party data",
      "ref": "https://zoek.officielebekendmakingen.nl/trb-2006-87.HTML",
      "reliability": "official (NL)"
    },
    {
      "id": "HAGUE_UA_2024",
      "title": "Sushch O., Analysis of the problems of the civil aspect of international child abduction in private international law of Ukraine, Baltic Journal of Legal and Social Sciences 2024(3)",
      "ref": "http://baltijapublishing.lv/index.php/bjlss/article/view/2528",
      "reliability": "academic (2024)"
    },
    {
      "id": "HAGUE_UA_MORLEY",
      "title": "Jeremy D. Morley: Ukraine and child abduction - Convention in force between the US and Ukraine from 1 Sep 2007",
      "ref": "https://www.international-divorce.com/ukraine_child_abduction.htm",
      "reliability": "law-firm page quoting US State Dept"
    },
    {
      "id": "HAGUE_UKSI",
      "title": "UK SI 1991/2624 Child Abduction and Custody (Parties to Conventions) (Amendment) (No. 3) Order 1991, Sch. 1",
      "ref": "https://legislation.gov.uk/cy/uksi/1991/2624/article/2/made?view=plain",
      "reliability": "official (UK)"
    },
    {
      "id": "HAGUE_VN_MORLEY",
      "title": "Jeremy D. Morley: Vietnam child custody and child abduction - not a party; preparation plan to join approved for 2018-2021",
      "ref": "https://www.international-divorce.com/vietnam-child-custody-and-child-abduction",
      "reliability": "law-firm page"
    },
    {
      "id": "HAGUE_VN_USEMB",
      "title": "U.S. Embassy Hanoi: International Parental Child Abduction (4 Aug 2023) - Viet Nam is not a member of the 1980 Hague Convention",
      "ref": "https://vn.usembassy.gov/vi/international-parental-child-abduction/",
      "reliability": "official (US)"
    },
    {
      "id": "HAGUE_WIKI",
      "title": "Wikipedia (mini 2024-04 mirror): Hague Abduction Convention (103 parties Nov 2022)",
      "ref": "https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Hague_Abduction_Convention",
      "reliability": "secondary"
    },
    {
      "id": "HAGUE_ZA_DOJ",
      "title": "South Africa Department of Justice: Hague Convention on the Civil Aspects of International Child Abduction Act 72 of 1996 - in operation 1 Oct 1997; Chief Family Advocate is Central Authority",
      "ref": "https://www.justice.gov.za/hague/main.htm",
      "reliability": "official (ZA)"
    },
    {
      "id": "HAGUE_ZA_MDPI",
      "title": "Du Toit & Van Heerden, International Child Abduction in South Africa, Laws 2023, 12(4), 74",
      "ref": "https://mdpi.com/2075-471X/12/4/74",
      "reliability": "academic (2023)"
    },
    {
      "id": "HAGUE_ZA_TRB1997",
      "title": "Tractatenblad 1997, 275 - Hague 1980: accession instrument of South Africa deposited 8 Jul 1997 (Art. 38)",
      "ref": "https://zoek.officielebekendmakingen.nl/trb-1997-275.html",
      "reliability": "official (NL depositary publication)"
    },
    {
      "id": "ICMEC_1",
      "title": "John Carr blog: Still a lot to do (ICMEC 1st ed. 2006, five criteria)",
      "ref": "https://johncarr.blog/2013/04/03/still-a-lot-to-do/",
      "reliability": "secondary (expert blog)"
    },
    {
      "id": "ICMEC_10",
      "title": "Brainscape flashcards: ICMEC Model Legislation, 10th Ed. 2023",
      "ref": "https://www.brainscape.com/flashcards/15335321/packs/21913666",
      "reliability": "weak (study notes)"
    },
    {
      "id": "ICMEC_8",
      "title": "John Carr blog: Two important new reports (ICMEC 8th ed., 2016)",
      "ref": "https://johncarr.blog/2017/03/01/two-important-new-reports/",
      "reliability": "secondary (expert blog)"
    },
    {
      "id": "ICMEC_9_CH",
      "title": "ChildHub: CSAM Model Legislation & Global Review, 9th Edition (criteria, 13 provisions, 5 parts)",
      "ref": "https://childhub.org/en/child-protection-online-library/child-sexual-abuse-material-model-legislation-global-review",
      "reliability": "library summary quoting report"
    },
    {
      "id": "ICMEC_9_JC",
      "title": "John Carr blog: More progress on tackling child sex abuse material (ICMEC 9th ed., 7 Dec 2018)",
      "ref": "https://johncarr.blog/2018/12/07/more-progress-on-tackling-child-sex-abuse-material/",
      "reliability": "secondary (expert blog quoting ICMEC)"
    },
    {
      "id": "ICMEC_9_PR",
      "title": "ICMEC press release: 9th Edition Global Review (6 Dec 2018)",
      "ref": "https://www.icmec.org/press/9th-edition-global-review-reveals-increase-in-laws-that-protect-children/",
      "reliability": "official (ICMEC)"
    },
    {
      "id": "ICMEC_9_RI",
      "title": "Respect International: CSAM Model Legislation & Global Review 9th edition summary",
      "ref": "https://respect.international/child-sexual-abuse-material-model-legislation-global-review",
      "reliability": "secondary"
    },
    {
      "id": "ICMEC_PAGE",
      "title": "ICMEC: Child Sexual Abuse Material: Model Legislation & Global Review (report page)",
      "ref": "https://www.icmec.org/child-pornography-model-legislation-report/",
      "reliability": "official (ICMEC)"
    },
    {
      "id": "ILO_1999",
      "title": "AspireIAS: Historic ratification (C182 adopted 1999)",
      "ref": "https://www.aspireias.com/current-affairs-news-analysis-editorials/Historic-ratification",
      "reliability": "secondary"
    },
    {
      "id": "ILO_AP",
      "title": "AP via Dayton Daily News: UN agency hails historic first (4 Aug 2020)",
      "ref": "https://www.daytondailynews.com/news/nation-world/un-agency-hails-historic-first-with-child-labor-convention/6CSKSKRXD5E7VLB3IL2PRRDKYE/",
      "reliability": "news"
    },
    {
      "id": "ILO_UNIV",
      "title": "IUF: Universal ratification of ILO Convention 182 (Tonga, all 187 member States, Aug 2020)",
      "ref": "https://www.iuf.org/news/universal-ratification-of-ilo-convention-on-child-labour-now-it-s-time-to-implement/",
      "reliability": "secondary (reports ILO)"
    },
    {
      "id": "ILO_VIDEO",
      "title": "ILO: Universal ratification of ILO Convention No. 182",
      "ref": "https://www.ilo.org/global/about-the-ilo/multimedia/video/institutional-videos/WCMS_749850/lang--en/index.htm",
      "reliability": "official (ILO)"
    },
    {
      "id": "IN_67B",
      "title": "IQRA IAS: Madras HC judgment and IT Act s.67B(b) text",
      "ref": "https://iqraias.com/issues-in-madras-high-courts-recent-judgement-on-pornography",
      "reliability": "secondary quoting statute"
    },
    {
      "id": "IN_SC2024",
      "title": "sclaw.in: Just Rights for Children Alliance v. S. Harish, 2024 INSC 716 (23 Sep 2024)",
      "ref": "https://sclaw.in/2024/09/29/protection-of-children-from-sexual-offences-act-2012-section-15-scope-of-section-15-the-court-clarified-that-section-15-of-the-pocso-act-criminalizes-the-storage-or-poss",
      "reliability": "law report headnote"
    },
    {
      "id": "JP_2014",
      "title": "Library of Congress Global Legal Monitor: Japan - possession of child pornography finally punishable (4 Aug 2014)",
      "ref": "https://www.loc.gov/item/global-legal-monitor/2014-08-04/japan-possession-of-child-pornography-finally-punishable/",
      "reliability": "official (LoC)"
    },
    {
      "id": "JP_2015",
      "title": "ECPAT/Kyodo: Japan starts to ban possession of child porn images (July 2015)",
      "ref": "https://ecpatstop.org/japan-starts-to-ban-possession-of-child-porn-images/",
      "reliability": "news"
    },
    {
      "id": "JP_NATION",
      "title": "The Nation (AFP): Japan bans child porn possession (18 Jun 2014; real children below 18; manga excluded)",
      "ref": "https://nationthailand.com/news/30236530",
      "reliability": "news"
    },
    {
      "id": "LZ_10Y",
      "title": "CoE: Ending sexual exploitation and abuse of children - 10th anniversary (offences list)",
      "ref": "https://coe.int/es/web/portal/-/ending-sexual-exploitation-and-abuse-of-children-towards-a-world-of-trust?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D58",
      "reliability": "official (CoE)"
    },
    {
      "id": "LZ_ART20_21",
      "title": "Lanzarote Convention Arts. 20-21 English text (Diario da Assembleia da Republica, II Serie A 116S1, 8 Feb 2012)",
      "ref": "https://debates.parlamento.pt/catalogo/r3/dar/s2a/12/01/116S1/2012-02-08/260",
      "reliability": "official publication"
    },
    {
      "id": "LZ_ART20_IT",
      "title": "Lanzarote Convention Art. 20 Italian text (Gazzetta Ufficiale 2012)",
      "ref": "http://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.progressivo=0&art.idArticolo=20&art.versione=1&art.codiceRedazionale=012G0192&art.dataPubblicazioneGazzetta=2012-10-08&art.idGruppo=9&art.idSottoArticolo1=10&art.idSottoArticolo=1&art.flagTipoArticolo=2",
      "reliability": "official publication"
    },
    {
      "id": "LZ_ART23_CZ",
      "title": "Lanzarote Convention Art. 23 Czech official text (Sb.m.s. 59/2016)",
      "ref": "https://public.codexis.cz/zakon/59-2016-sb-m-s-sdeleni-ministerstva-zahranicnich-veci-o-sjednani-umluvy-rady-evropy-o-ochrane-deti-p-CR70605/clanek-23---svadeni-deti-za-sexualnimi-ucely-CL23",
      "reliability": "official publication"
    },
    {
      "id": "LZ_COMMITTEE",
      "title": "CoE: Lanzarote Committee (48 Parties)",
      "ref": "https://www.coe.int/sl/web/children/lanzarote-committee",
      "reliability": "official (CoE)"
    },
    {
      "id": "LZ_NOTE2017",
      "title": "Lanzarote Committee Secretariat Information Note, 15 Nov 2017",
      "ref": "https://de.scribd.com/document/369686227/Information-Note-Lanzarote-15-November-2017-en",
      "reliability": "official document mirror"
    },
    {
      "id": "LZ_OP23",
      "title": "Lanzarote Committee Opinion on Article 23 (T-ES(2015)04), 17 June 2015",
      "ref": "https://studylib.net/doc/10115493/opinion-on-article-23-of-the-lanzarote-convention-and-its",
      "reliability": "official document mirror"
    },
    {
      "id": "LZ_PARTIES",
      "title": "CoE: National human rights institutions page (46 member States + Russian Federation + Tunisia)",
      "ref": "https://www.coe.int/en/web/children/national-human-rights-institutions",
      "reliability": "official (CoE)"
    },
    {
      "id": "LZ_RES_DK",
      "title": "CoE Treaty Office: reservations CETS 201 - Denmark",
      "ref": "https://www.coe.int/de/web/conventions/full-list/-/conventions/treaty/201/declarations?p_auth=F5C21RjD&_coeconventions_WAR_coeconventionsportlet_enVigueur=false&_coeconventions_WAR_coeconventionsportlet_searchBy=state&_coeconventions_WAR_coeconventionsportlet_codePays=DEN&_coeconventions_WAR_coeconventionsportlet_codeNature=2",
      "reliability": "official (CoE)"
    },
    {
      "id": "LZ_UA",
      "title": "CoE Kyiv office: Clarifications to Article 23 (Ukraine ratified 2012)",
      "ref": "https://coe.int/en/web/kyiv/-/clarifications-to-article-23-of-the-convention-solicitation-of-children-for-sexual-purposes",
      "reliability": "official (CoE)"
    },
    {
      "id": "LZ_UK",
      "title": "CoE: The UK ratifies the Lanzarote Convention (EIF 1 Oct 2018)",
      "ref": "https://coe.int/de/web/portal/-/the-uk-ratifies-the-lanzarote-convention-to-protect-children-against-sexual-violence?p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D50",
      "reliability": "official (CoE)"
    },
    {
      "id": "OPSC_DECL",
      "title": "UNTC status of OPSC incl. declarations (Russian mirror, as of 16.09.2010)",
      "ref": "https://zaki.ru/pagesnew.php?id=58377&page=10",
      "reliability": "mirror of UNTC"
    },
    {
      "id": "OPSC_GH_2023",
      "title": "GhanaWeb (4 Jul 2023): Stakeholders call for ratification of the OPSC - Ghana signed in 2003 and has not ratified",
      "ref": "https://www.ghanaweb.com/GhanaHomePage/NewsArchive/Stakeholders-call-for-ratification-of-convention-on-the-optional-right-of-the-child-1797140",
      "reliability": "news"
    },
    {
      "id": "OPSC_GH_2023B",
      "title": "Modern Ghana (25 Sep 2023): Gender Ministry sensitisation - OPSC signed 2003, ratification being sought (Cabinet memo, then Parliament)",
      "ref": "https://www.modernghana.com/news/1261306/gender-ministry-holds-regional-sensitization-on.html",
      "reliability": "news"
    },
    {
      "id": "OPSC_KE_SCF",
      "title": "Save the Children Finland: Promoting child rights in Kenya (c. 2012) - Kenya ratified OPAC (28 Jan 2002) but not yet the OPSC",
      "ref": "https://www.yumpu.com/en/document/view/50525056/promoting-child-rights-in-kenya-pelastakaa-lapset-ry/26",
      "reliability": "NGO report"
    },
    {
      "id": "OPSC_STATUS",
      "title": "Core UN human rights instruments ratification status - OP-CRC-SC (derived from UN Treaty Collection; snapshot >=2022)",
      "ref": "github:world-politics-datalab/humanrights-treaties-ratification-status/hr_status_op_crc_sc.csv",
      "reliability": "dataset derived from UNTC"
    },
    {
      "id": "OPSC_TEXT",
      "title": "OPSC authentic English text (Dutch treaty database mirror BWBV0001752)",
      "ref": "github:statengeneraal/laws-markdown/verdrag/optional/protocol/to/the/convention/on/the/rights/of/the/child/on/the/sale/etc/BWBV0001752/README.md",
      "reliability": "primary text"
    },
    {
      "id": "OPSC_WIKI",
      "title": "Wikipedia: Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography",
      "ref": "https://en.wikipedia.org/wiki/Optional_Protocol_on_the_Sale_of_Children,_Child_Prostitution_and_Child_Pornography",
      "reliability": "secondary"
    },
    {
      "id": "PH_11930",
      "title": "CNN Philippines: New law puts pressure on private stakeholders (RA 11930, 3 Aug 2022)",
      "ref": "https://www.cnnphilippines.com/news/2022/8/3/Online-sexual-abuse-children-protection-law-Hontiveros.html",
      "reliability": "news"
    },
    {
      "id": "PH_11930_TXT",
      "title": "RA 11930 text (scribd) - title: repeals RA 9775",
      "ref": "https://scribd.com/document/611472265/Anti-Online-Sexual-Abuse-or-Exploitation-of-Children-OSAEC-and-Anti-Child-Sexual-Abuse-or-Exploitation-Materials-CSAEM-Act",
      "reliability": "statute copy"
    },
    {
      "id": "PH_RESPICIO",
      "title": "Respicio: RA 11930 overview (child = below 18; live streaming)",
      "ref": "https://respicio.ph/bar/2025/criminal-law/special-penal-laws/the-anti-online-sexual-abuse-or-exploitation-of-children-osaec-and-anti-child-sexual-abuse-or-exploitation-materials-csaem-act-ra-no-11930-july-30-2022",
      "reliability": "secondary"
    },
    {
      "id": "TIP_ART3",
      "title": "UN.GIFT: definition of trafficking (Palermo Protocol Art. 3 incl. children)",
      "ref": "http://www.ungift.org/about/human-trafficking.html",
      "reliability": "UN initiative page"
    },
    {
      "id": "UK_15A",
      "title": "Police Station Reps wiki: s.15A Sexual Offences Act 2003 (in force 3 Apr 2017)",
      "ref": "https://policestationreps.com/wiki/doku.php?id=sexual_communication_with_a_child",
      "reliability": "secondary quoting statute"
    },
    {
      "id": "UK_AI",
      "title": "Digital Policy Alert: Crime and Policing Bill passed by House of Commons (17 Jun 2025; s.46A SOA 2003 CSA image generators)",
      "ref": "https://digitalpolicyalert.org/event/37864-crime-and-policing-bill-was-passed-by-house-of-commons",
      "reliability": "secondary tracker"
    },
    {
      "id": "UK_PCA",
      "title": "Antoniou, Possession of Prohibited Images of Children: Three Years On (2013) - PCA 1978 s.1, CJA 1988 s.160",
      "ref": "https://vlex.co.uk/vid/possession-of-prohibited-images-874251137",
      "reliability": "academic"
    },
    {
      "id": "UK_PCA16",
      "title": "Pinsent Masons Out-Law: Supreme Court to rule on virtual child porn (c.2001; UK PCA 1978 'under 16')",
      "ref": "https://www.pinsentmasons.com/out-law/news/supreme-court-to-rule-on-virtual-child-porn",
      "reliability": "professional news, dated"
    },
    {
      "id": "UK_S15",
      "title": "Kangs Solicitors: grooming offences ss.14, 15, 15A SOA 2003",
      "ref": "https://www.kangssolicitors.co.uk/sexual-offences-grooming-kangs-sexual-offences-defence-solicitors/",
      "reliability": "law-firm page"
    },
    {
      "id": "UK_S62",
      "title": "CPS legal guidance: Prohibited Images of Children (s.62 Coroners and Justice Act 2009)",
      "ref": "http://www.cps.gov.uk/legal/p_to_r/prohibited_images_of_children/",
      "reliability": "official (UK prosecutor)"
    },
    {
      "id": "UK_S72",
      "title": "IICSA: Children Outside the UK - C.2 Legal framework (s.72 SOA 2003)",
      "ref": "https://www.iicsa.org.uk/reports-recommendations/publications/investigation/protection-children-outside-united-kingdom/part-c-section-72-prosecutions/c2-legal-framework",
      "reliability": "official inquiry"
    },
    {
      "id": "UNCC_72",
      "title": "Quan Doi Nhan Dan: 72 UN member states signed in Hanoi",
      "ref": "https://en.qdnd.vn/politics/news/hanoi-convention-successful-signing-ceremony-lays-strong-foundation-for-effective-implementation-584818",
      "reliability": "news"
    },
    {
      "id": "UNCC_AFRICA",
      "title": "Ecofin Agency (27 Oct 2025): 21 African nations among the 72 Hanoi signatories per the final UNODC list (incl. Ghana, Morocco, Nigeria, South Africa; Kenya not listed)",
      "ref": "http://www.ecofinagency.com/news-digital/2710-49864-at-hanoi-forum-21-african-nations-sign-on-to-un-cyber-treaty",
      "reliability": "news citing UNODC list"
    },
    {
      "id": "UNCC_CFAM",
      "title": "C-Fam: The New UN Cybercrime Treaty... (9 June 2025) - describes Art. 14",
      "ref": "https://c-fam.org/definitions/the-new-un-cybercrime-treaty-opens-the-door-to-child-pornography-and-pedophilia",
      "reliability": "advocacy (critical) - verify against treaty text"
    },
    {
      "id": "UNCC_CFAM2",
      "title": "C-Fam: Five Problems with the UN Cybercrime Treaty (2 Oct 2024) - Arts. 14.2, 14.4, 15.4",
      "ref": "https://c-fam.org/?p=30214",
      "reliability": "advocacy (critical) - verify against treaty text"
    },
    {
      "id": "UNCC_CYBERNEWS",
      "title": "Cybernews (29 Oct 2025): US refuses to sign UN cybercrime treaty - 'The United States continues to review the treaty' (State Dept)",
      "ref": "https://cybernews.com/security/us-refuses-sign-uns-cybercrime-treaty/",
      "reliability": "news"
    },
    {
      "id": "UNCC_DIGWATCH",
      "title": "Dig.watch: AHC reconvened concluding session, 13th meeting (6 Aug 2024) - Art. 14 para 3 debate",
      "ref": "https://dig.watch/event/reconvened-concluding-session-of-the-ad-hoc-committee/13th-meeting-reconvened-concluding-session-of-the-ad-hoc-committee-to-elaborate-a-comprehensive-international-convention-on-countering-the-use-of-information-and-communications-technologies-for-crim",
      "reliability": "AI-generated session summary"
    },
    {
      "id": "UNCC_MH_2026",
      "title": "Machine Herald (May 2026, corrected): 74 signatories by March 2026; ratifications by Azerbaijan, Qatar and Viet Nam",
      "ref": "https://machineherald-io.pages.dev/article/2026-05/21-un-cybercrime-convention-stalls-at-one-ratification-as-implementation-deadlock-deepens",
      "reliability": "weak secondary (cites Wikipedia)"
    },
    {
      "id": "UNCC_MTDSG",
      "title": "UN Treaty Collection MTDSG XVIII-16: UN Convention against Cybercrime (status)",
      "ref": "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml",
      "reliability": "official (UN depositary)"
    },
    {
      "id": "UNCC_NEWSHOUR",
      "title": "NewsHour Media (29 Oct 2025): 72 States sign in Hanoi - Viet Nam first; UK, Australia, EU and 13 EU States (AT, BE, CZ, GR, FR, IE, LU, PL, PT, SK, SI, ES, SE) signed; US, Canada, NZ, Japan, Mexico, India, Israel not yet",
      "ref": "https://newshour.media/2025/10/29/in-hanoi-72-states-ratify-the-un-convention-on-cybercrime",
      "reliability": "news"
    },
    {
      "id": "UNCC_NL",
      "title": "Dutch treaty database: VN-Verdrag tegen computercriminaliteit - partijen",
      "ref": "https://verdragen.nl/nl/Verdrag/Details/013891_p.html",
      "reliability": "official (NL); excerpt alphabetical to 'Turkije'"
    },
    {
      "id": "UNCC_RECORD",
      "title": "The Record (Recorded Future News), 27 Oct 2025: US declines to join more than 70 countries in signing UN cybercrime treaty (UK, EU, China, Russia, Brazil, Nigeria signed; State Dept confirmed US did not sign)",
      "ref": "https://therecord.media/us-declines-signing-cybercrime-treaty",
      "reliability": "news (specialist)"
    },
    {
      "id": "UNCC_UK_SJ",
      "title": "Solicitors Journal: UK signs landmark convention against cybercrime (UK national statement, Hanoi, 25-26 Oct 2025)",
      "ref": "https://www.solicitorsjournal.com/sjarticle/uk-signs-landmark-convention-against-cybercrime",
      "reliability": "professional news"
    },
    {
      "id": "UNCC_USUK",
      "title": "Sumcast Hacker News digest 2025-11-01 (UK signed; US did not sign)",
      "ref": "https://sumcast.app/hacker-news/2025-11-01",
      "reliability": "weak secondary"
    },
    {
      "id": "UNCC_VN_QDND",
      "title": "Quan Doi Nhan Dan: Hanoi Convention - Vietnam's key role in multilateral cooperation (Viet Nam first country to sign)",
      "ref": "https://en.qdnd.vn/foreign-affairs/multilateral-relations/hanoi-convention-vietnam-s-key-role-in-multilateral-cooperation-584013",
      "reliability": "news (state media)"
    },
    {
      "id": "UNCC_VN_RATIF",
      "title": "Vietnam News Agency (26 May 2026): interview with UNODC regional representative - Viet Nam first in South-East Asia and third globally to ratify the Convention",
      "ref": "https://hanoiconvention.vnanet.vn/en/news/unodc-hanoi-convention-should-be-treated-as-long-term-commitment-not-single-event/85914ce6-e504-4855-b0ae-9d9e2ce6777a",
      "reliability": "news (state agency) quoting UNODC"
    },
    {
      "id": "UNCC_VOV",
      "title": "VOV: Vietnam introduces UN anti-cybercrime convention signing ceremony (24/7, e-evidence, joint investigations)",
      "ref": "https://english.vov.vn/en/politics/vietnam-introduces-un-anti-cybercrime-convention-signing-ceremony-to-african-nations-post1191053.vov",
      "reliability": "news"
    },
    {
      "id": "UNCC_ZA_ITWEB",
      "title": "ITWeb (27 Oct 2025): SA adds name to universal cyber crime framework",
      "ref": "https://www.itweb.co.za/article/sa-adds-name-to-universal-cyber-crime-framework/6GxRKMYQYlQMb3Wj",
      "reliability": "news"
    },
    {
      "id": "UNCC_ZA_VOV",
      "title": "VOV World (26 Oct 2025): South African Justice Minister Kubayi - 'As we signed this Convention yesterday'",
      "ref": "https://vovworld.vn/en-US/news/hanoi-convention-rallies-global-unity-against-cyber-threats-1435298.vov",
      "reliability": "news quoting minister"
    },
    {
      "id": "US_1466A",
      "title": "18 USC 1466A summary (PROTECT Act 2003) - primidi",
      "ref": "https://www.primidi.com/legal_status_of_cartoon_pornography_depicting_minors/united_states/18_usc_1466a",
      "reliability": "secondary"
    },
    {
      "id": "US_2256",
      "title": "18 U.S.C. 2256 (text mirror)",
      "ref": "https://checkoutapi.com/uscode/18/2256",
      "reliability": "statute mirror"
    },
    {
      "id": "US_2703F",
      "title": "Cypherpunks archive quoting 18 USC 2703(f) preservation (90 + 90 days)",
      "ref": "https://lists.cpunks.org/archives/list/cypherpunks-legacy@lists.cpunks.org/message/FDEAQMGE2KOC23ZZBQX2XKUJVBITSBM2",
      "reliability": "statute quoted"
    },
    {
      "id": "US_ASHCROFT",
      "title": "McLean, The Uncertain Fate of Virtual Child Pornography Legislation, Cornell J.L. & Pub. Pol'y 17 (2007)",
      "ref": "https://docslib.org/doc/3593439/the-uncertain-fate-of-virtual-child-pornography-legislation",
      "reliability": "academic"
    },
    {
      "id": "US_NORET",
      "title": "itlaw wiki: Preservation letter (no general US retention rule; 90-day preservation)",
      "ref": "http://itlaw.wikia.com/wiki/Preservation_letter",
      "reliability": "secondary"
    },
    {
      "id": "US_SEXT",
      "title": "Cron, Israels & Stark: Federal sextortion (no specific federal statute; 18 USC 875(d) etc.)",
      "ref": "https://www.cronisraelsandstark.com/federal-sextortion",
      "reliability": "law-firm page"
    }
  ],
  "instruments": [
    {
      "id": "OPSC",
      "title": "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
      "adopted": "2000-05-25",
      "entryIntoForce": "2002-01-18",
      "scope": "UN; open to all States",
      "partiesCount": {"value":178,"signatories":null,"asOf":"2024-04","note":null,"sources":["OPSC_WIKI"]},
      "provisions": [
        {
          "article": "2(c)",
          "title": "Definition of child pornography",
          "summary": "Any representation, by whatever means, of a child engaged in real or simulated explicit sexual activities or any representation of the sexual parts of a child for primarily sexual purposes.",
          "unverified": false,
          "sources": ["OPSC_TEXT"]
        },
        {
          "article": "3(1)(c)",
          "title": "Offences",
          "summary": "Producing, distributing, disseminating, importing, exporting, offering, selling or possessing for the above purposes child pornography; also sale of children (3(1)(a)) and child prostitution (3(1)(b)); attempt/complicity subject to national law (3(2)); legal-person liability (3(4)).",
          "unverified": false,
          "sources": ["OPSC_TEXT"]
        },
        {
          "article": "4",
          "title": "Jurisdiction",
          "summary": "Mandatory territorial/flag jurisdiction (4(1)); optional active-nationality/habitual-residence and passive-nationality jurisdiction (4(2)); mandatory jurisdiction where offender present and not extradited on nationality grounds (4(3)).",
          "unverified": false,
          "sources": ["OPSC_TEXT"]
        },
        {
          "article": "5",
          "title": "Extradition",
          "summary": "Art. 3(1) offences deemed extraditable in existing and future treaties; Protocol may serve as legal basis where extradition is treaty-conditional (5(2)); if extradition refused on nationality grounds, case must be submitted for prosecution (5(5)).",
          "unverified": false,
          "sources": ["OPSC_TEXT"]
        },
        {
          "article": "6",
          "title": "Mutual assistance",
          "summary": "Greatest measure of assistance in investigations, criminal or extradition proceedings incl. obtaining evidence; via existing MLA treaties, otherwise per domestic law.",
          "unverified": false,
          "sources": ["OPSC_TEXT"]
        },
        {
          "article": "7",
          "title": "Seizure and confiscation",
          "summary": "Seizure/confiscation of instrumentalities and proceeds; execute requests from other States Parties; closure of premises.",
          "unverified": false,
          "sources": ["OPSC_TEXT"]
        },
        {
          "article": "8",
          "title": "Child victims in the criminal justice process",
          "summary": "Child-sensitive procedures; uncertainty about victim age must not prevent investigation (8(2)); best interests primary (8(3)).",
          "unverified": false,
          "sources": ["OPSC_TEXT"]
        },
        {
          "article": "9",
          "title": "Prevention, victim assistance, compensation",
          "summary": "Prevention laws/policies, awareness, recovery; access to compensation (9(4)); prohibit advertising of the offences (9(5)).",
          "unverified": false,
          "sources": ["OPSC_TEXT"]
        },
        {
          "article": "10",
          "title": "International cooperation",
          "summary": "Strengthen multilateral/regional/bilateral cooperation for prevention, detection, investigation, prosecution and punishment incl. child sex tourism; cooperation for victim recovery/repatriation.",
          "unverified": false,
          "sources": ["OPSC_TEXT"]
        }
      ],
      "deadlines": [],
      "reservationExamples": [],
      "notes": [
        {
          "text": "Declarations exist that narrow Art. 2(c): e.g. Denmark interprets 'any representation' as 'any visual representation' and excludes consensual possession of images of persons aged 15+.",
          "sources": ["OPSC_DECL"]
        }
      ],
      "sources": ["OPSC_TEXT","OPSC_WIKI"]
    },
    {
      "id": "BUDAPEST",
      "title": "Council of Europe Convention on Cybercrime (ETS No. 185)",
      "adopted": "2001-11-23 (opened for signature, Budapest)",
      "entryIntoForce": "2004-07-01",
      "scope": "CoE; open to non-member States by invitation (Art. 37)",
      "partiesCount": {
        "value": 75,
        "signatories": null,
        "asOf": "2024-06-20",
        "note": "further accessions since (e.g. New Zealand 2025)",
        "sources": ["BUD_COUNT_2024","BUD_CHANGES_NL"]
      },
      "provisions": [
        {
          "article": "9",
          "title": "Offences related to child pornography",
          "summary": "Producing for distribution, offering/making available, distributing/transmitting, procuring for oneself or another, possessing - through a computer system (9(1)(a)-(e)). 'Child pornography' covers pornographic material visually depicting a minor, a person appearing to be a minor, or realistic images representing a minor in sexually explicit conduct (9(2)). Minor = under 18; a Party may set a lower limit not below 16 (9(3)). Reservation possible for 9(1)(d) procuring, 9(1)(e) possession, 9(2)(b) appearing-to-be-minor and 9(2)(c) realistic images (9(4)).",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "11",
          "title": "Attempt and aiding or abetting",
          "summary": "Aiding/abetting Arts. 2-10 criminalised; attempt required for 9(1)(a) and (c); attempt reservable.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "16",
          "title": "Expedited preservation of stored computer data (domestic)",
          "summary": "Order preservation of specified data incl. traffic data; preservation up to a maximum of 90 days, renewable; confidentiality.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "17",
          "title": "Expedited preservation and partial disclosure of traffic data",
          "summary": "Preservation regardless of number of providers; expedited disclosure of enough traffic data to identify providers and path.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "18",
          "title": "Production order",
          "summary": "Order a person in territory to submit specified stored data; order a service provider offering services in the territory to submit subscriber information (defined in 18(3)).",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "19",
          "title": "Search and seizure of stored computer data",
          "summary": "Search/access systems and media, extend search to connected systems in territory, seize/copy/render inaccessible, compel assistance.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "20",
          "title": "Real-time collection of traffic data",
          "summary": "Collect/record or compel provider to collect traffic data in real time.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "21",
          "title": "Interception of content data",
          "summary": "For a range of serious offences defined by domestic law.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "22",
          "title": "Jurisdiction",
          "summary": "Territory, flag, and nationals if punishable where committed or outside any State's jurisdiction (22(1)(d)); reservations on 1(b)-(d) allowed; aut dedere aut judicare (22(3)).",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "23",
          "title": "General principles of international co-operation",
          "summary": "Co-operate to the widest extent for offences related to computer systems and data and collection of electronic evidence of any criminal offence.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "24",
          "title": "Extradition",
          "summary": "Applies to Arts. 2-11 offences punishable in both Parties by at least one year maximum (24(1)(a)); Convention may be legal basis (24(3)); refusal on nationality -> submit for prosecution and report outcome (24(6)); authorities register (24(7)).",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "25",
          "title": "General principles relating to mutual assistance",
          "summary": "MLA to widest extent; urgent requests by fax/e-mail with formal confirmation (25(3)); no refusal for Arts. 2-11 solely as fiscal offence (25(4)); dual criminality deemed fulfilled if underlying conduct is criminal regardless of label (25(5)).",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "26",
          "title": "Spontaneous information",
          "summary": "May forward information without prior request; may attach confidentiality/use conditions, binding if accepted.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "27",
          "title": "MLA procedures absent applicable agreements",
          "summary": "Central authorities; refusal grounds (political offence, sovereignty/ordre public); postponement; confidentiality; urgent direct judicial channel and Interpol (27(9)).",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "28",
          "title": "Confidentiality and limitation on use",
          "summary": "Conditions on supplied information (absent a treaty).",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "29",
          "title": "Expedited preservation of stored computer data (international)",
          "summary": "Request content listed in 29(2); dual criminality not required for preservation (29(3)) except reservation in 29(4) for non-Convention offences; preservation for not less than 60 days and continued pending decision on the follow-up request (29(7)).",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "30",
          "title": "Expedited disclosure of preserved traffic data",
          "summary": "Disclose enough traffic data to identify a provider in another State and the communication path; limited refusal grounds.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "31",
          "title": "MLA regarding accessing of stored computer data",
          "summary": "Search/seize/disclose incl. preserved data; expedited where data vulnerable.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "32",
          "title": "Trans-border access with consent or where publicly available",
          "summary": "Open-source access; access with lawful and voluntary consent of person with lawful authority.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "33",
          "title": "MLA in real-time collection of traffic data",
          "summary": "At least for offences where available domestically.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "34",
          "title": "MLA regarding interception of content data",
          "summary": "To extent permitted by treaties and domestic law.",
          "unverified": false,
          "sources": ["BUD_TEXT"]
        },
        {
          "article": "35",
          "title": "24/7 Network",
          "summary": "Point of contact 24/7 for immediate assistance: technical advice, preservation under Arts. 29-30, evidence collection, legal information, locating suspects.",
          "unverified": false,
          "sources": ["BUD_TEXT","BUD_247"]
        }
      ],
      "deadlines": [
        {
          "name": "Minimum preservation period after an Art. 29 request",
          "value": 60,
          "unit": "days (minimum)",
          "article": "29(7)",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["BUD_TEXT"]
        },
        {
          "name": "Maximum domestic preservation order period (renewable)",
          "value": 90,
          "unit": "days (maximum, renewable)",
          "article": "16(2)",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["BUD_TEXT"]
        },
        {
          "name": "Extradition penalty threshold",
          "value": 1,
          "unit": "year maximum deprivation of liberty in both Parties",
          "article": "24(1)(a)",
          "kind": "threshold",
          "unverified": false,
          "note": null,
          "sources": ["BUD_TEXT"]
        }
      ],
      "reservationExamples": [
        {
          "party": "Denmark",
          "article": "9(4)",
          "text": "Art. 9 does not cover possession of images of a person aged 15+ who consented; excludes 'person appearing to be a minor' (9(2)(b)).",
          "unverified": false,
          "sources": ["BUD_RES_DK"]
        },
        {
          "party": "Montenegro",
          "article": "9(4)",
          "text": "Procuring/possession not offences where depicted person turned 14 and consented; 'appearing to be a minor' material excluded.",
          "unverified": false,
          "sources": ["BUD_RES_ME"]
        },
        {
          "party": "Austria",
          "article": "29(4)",
          "text": "Refuses preservation requests if dual criminality not fulfilled, except for Arts. 2-11 offences.",
          "unverified": false,
          "sources": ["BUD_RES_AT"]
        },
        {
          "party": "Japan",
          "article": "9",
          "text": "Planned declarations (2004 Diet documents): not criminalise simple possession except for provision; only depictions of real children. Current status unverified (Japan criminalised possession in 2014).",
          "unverified": true,
          "sources": ["BUD_JP_DECL"]
        }
      ],
      "notes": [],
      "sources": ["BUD_TEXT"]
    },
    {
      "id": "CETS224",
      "title": "Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence (CETS No. 224)",
      "adopted": "2021-11-17 (Committee of Ministers); opened for signature 2022-05-12",
      "entryIntoForce": "not in force as of source snapshot (ratifications: Serbia 2023-02-09, Japan 2023-08-10, Hungary 2026-02-05)",
      "scope": "Parties to ETS 185",
      "partiesCount": {
        "value": 3,
        "signatories": null,
        "asOf": "source snapshot (2026)",
        "note": "ratifications listed by Dutch treaty database; entry-into-force threshold not verified here",
        "sources": ["CETS224_STATUS","CETS224_STATUS2"]
      },
      "provisions": [
        {
          "article": "6",
          "title": "Request for domain name registration information",
          "summary": "Direct requests to registrars/entities providing domain name registration services in another Party (tool sourced; article number from memory).",
          "unverified": true,
          "sources": ["CETS224_EUCRIM","CETS224_ICANN"]
        },
        {
          "article": "7",
          "title": "Disclosure of subscriber information",
          "summary": "Direct orders to service providers in another Party for subscriber information. Japan reserved the right not to apply Art. 7.",
          "unverified": false,
          "sources": ["CETS224_EUCRIM","CETS224_STATUS2"]
        },
        {
          "article": "8",
          "title": "Giving effect to orders from another Party for expedited production of subscriber information and traffic data",
          "summary": "Government-to-government expedited production.",
          "unverified": false,
          "sources": ["CETS224_STATUS2","CETS224_ICANN"]
        },
        {
          "article": "9",
          "title": "Expedited disclosure of stored computer data in an emergency",
          "summary": "Emergency channel (via 24/7 network); requires domestic implementing measures.",
          "unverified": false,
          "sources": ["CETS224_EUROJUST"]
        },
        {
          "article": "10",
          "title": "Emergency mutual assistance",
          "summary": "Rapidly expedited MLA where an emergency exists; self-executing (no implementing legislation needed).",
          "unverified": false,
          "sources": ["CETS224_EUROJUST"]
        },
        {
          "article": "11",
          "title": "Video conferencing",
          "summary": "Additional MLA tool (tool sourced; article number from memory).",
          "unverified": true,
          "sources": ["CETS224_EUCRIM"]
        },
        {
          "article": "12",
          "title": "Joint investigation teams and joint investigations",
          "summary": "Additional MLA tool (tool sourced; article number from memory).",
          "unverified": true,
          "sources": ["CETS224_EUCRIM","BUD_COUNT_2024"]
        }
      ],
      "deadlines": [
        {
          "name": "Provider/authority response times under Arts. 7-8",
          "value": "unknown",
          "unit": "unknown",
          "article": "7-8",
          "kind": "deadline",
          "unverified": true,
          "note": "specific day limits not retrieved from primary text; verify",
          "sources": ["CETS224_EUCRIM"]
        }
      ],
      "reservationExamples": [],
      "notes": [],
      "sources": ["CETS224_EUCRIM","CETS224_STATUS"]
    },
    {
      "id": "LANZAROTE",
      "title": "Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse (CETS No. 201)",
      "adopted": "2007-10-25 (opened for signature, Lanzarote)",
      "entryIntoForce": "2010-07-01",
      "scope": "CoE; open to non-member States by accession",
      "partiesCount": {
        "value": 48,
        "signatories": null,
        "asOf": "CoE page (post-2020)",
        "note": "46 CoE member States + Russian Federation + Tunisia (first non-European Party)",
        "sources": ["LZ_COMMITTEE","LZ_PARTIES"]
      },
      "provisions": [
        {
          "article": "18",
          "title": "Sexual abuse",
          "summary": "Referenced by Art. 23; 18(2) lets each Party set the age below which sexual activities with a child are prohibited.",
          "unverified": false,
          "sources": ["LZ_ART23_CZ","LZ_OP23"]
        },
        {
          "article": "19",
          "title": "Child prostitution",
          "summary": "Offence category listed by CoE; article number from memory.",
          "unverified": true,
          "sources": ["LZ_10Y"]
        },
        {
          "article": "20",
          "title": "Offences concerning child pornography",
          "summary": "Producing; offering/making available; distributing/transmitting; procuring; possessing; knowingly obtaining access through ICT (20(1)(a)-(f)). Definition: material visually depicting a child in real or simulated sexually explicit conduct or depiction of sexual organs for primarily sexual purposes (20(2)). Reservations: 20(3) production/possession of simulated representations or realistic images of a non-existent child, and of self-produced consensual material of children above the Art. 18(2) age for private use; 20(4) knowing access (20(1)(f)).",
          "unverified": false,
          "sources": ["LZ_ART20_21","LZ_ART20_IT"]
        },
        {
          "article": "21",
          "title": "Participation of a child in pornographic performances",
          "summary": "Recruiting/causing; coercing/profiting; knowingly attending pornographic performances involving children (21(1)(c)), which may be limited by reservation (21(2)).",
          "unverified": false,
          "sources": ["LZ_ART20_21"]
        },
        {
          "article": "22",
          "title": "Corruption of children",
          "summary": "Offence category listed by CoE; article number from memory.",
          "unverified": true,
          "sources": ["LZ_10Y"]
        },
        {
          "article": "23",
          "title": "Solicitation of children for sexual purposes (grooming)",
          "summary": "Intentional proposal by an adult, through ICT, to meet a child under the Art. 18(2) age to commit an Art. 18(1)(a) or 20(1)(a) offence, followed by material acts leading to the meeting. Lanzarote Committee (2015) notes offences can be committed exclusively online.",
          "unverified": false,
          "sources": ["LZ_ART23_CZ","LZ_OP23"]
        },
        {
          "article": "24",
          "title": "Aiding or abetting and attempt",
          "summary": "Article number/title from memory.",
          "unverified": true,
          "sources": ["LZ_10Y"]
        },
        {
          "article": "Lanzarote Committee",
          "title": "Committee of the Parties (T-ES)",
          "summary": "Monitors implementation, adopts opinions (e.g. Art. 23 opinion 2015), capacity building.",
          "unverified": false,
          "sources": ["LZ_COMMITTEE","LZ_OP23"]
        }
      ],
      "deadlines": [],
      "reservationExamples": [
        {
          "party": "Denmark",
          "article": "20(3)",
          "text": "Does not apply 20(1)(a),(e) to self-produced consensual images of children above the age of consent for private use.",
          "unverified": false,
          "sources": ["LZ_RES_DK"]
        }
      ],
      "notes": [],
      "sources": ["LZ_ART20_21","LZ_COMMITTEE"]
    },
    {
      "id": "ILO_C182",
      "title": "ILO Worst Forms of Child Labour Convention, 1999 (No. 182)",
      "adopted": "1999",
      "entryIntoForce": "unknown",
      "scope": "ILO member States",
      "partiesCount": {
        "value": 187,
        "signatories": null,
        "asOf": "2020-08-04",
        "note": "universal ratification by all ILO member States (Tonga last)",
        "sources": ["ILO_UNIV","ILO_AP"]
      },
      "provisions": [
        {
          "article": "3",
          "title": "Worst forms of child labour",
          "summary": "Covers inter alia the use of children in prostitution and pornography, trafficking, slavery, armed conflict, drug trafficking and hazardous work (article number of the list unverified).",
          "unverified": true,
          "sources": ["ILO_VIDEO","ILO_AP"]
        }
      ],
      "deadlines": [],
      "reservationExamples": [],
      "notes": [],
      "sources": ["ILO_VIDEO","ILO_1999"]
    },
    {
      "id": "HAGUE1980",
      "title": "HCCH Convention of 25 October 1980 on the Civil Aspects of International Child Abduction",
      "adopted": "1980-10-25",
      "entryIntoForce": "1983-12-01",
      "scope": "Civil return mechanism (not a criminal-cooperation treaty); accessions take effect only between the acceding State and States that accept the accession",
      "partiesCount": {"value":103,"signatories":null,"asOf":"2022-11","note":null,"sources":["HAGUE_WIKI"]},
      "provisions": [
        {
          "article": "38",
          "title": "Accession and acceptance",
          "summary": "An accession has effect only between the acceding State and States declaring acceptance of it; ratifications by member States operate automatically among ratifying member States.",
          "unverified": false,
          "sources": ["HAGUE_FJC","HAGUE_NL_FAQ"]
        }
      ],
      "deadlines": [],
      "reservationExamples": [],
      "notes": [],
      "sources": ["HAGUE_FJC","HAGUE_WIKI"]
    },
    {
      "id": "UNTOC_TIP",
      "title": "UN Convention against Transnational Organized Crime (2000) and Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children",
      "adopted": "2000",
      "entryIntoForce": "unknown",
      "scope": "UN; applies to transnational offences involving an organized criminal group",
      "partiesCount": {"value":"unknown","signatories":null,"asOf":null,"note":null,"sources":[]},
      "provisions": [
        {
          "article": "TIP 3(a)-(d)",
          "title": "Definition of trafficking; children",
          "summary": "Act + means + exploitation purpose; exploitation includes prostitution of others or other sexual exploitation; for a child (under 18) recruitment/transport/harbouring/receipt for exploitation is trafficking even without any means (3(c)-(d)); consent irrelevant where means used (3(b)).",
          "unverified": false,
          "sources": ["TIP_ART3"]
        },
        {
          "article": "UNTOC 16 / 18",
          "title": "Extradition / Mutual legal assistance (incl. spontaneous transmission 18(4))",
          "summary": "Article numbers from memory; not verified in this pass.",
          "unverified": true,
          "sources": ["TIP_ART3"]
        }
      ],
      "deadlines": [],
      "reservationExamples": [],
      "notes": [],
      "sources": ["TIP_ART3"]
    },
    {
      "id": "UNCC",
      "title": "United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of ICT Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes",
      "adopted": "2024-12-24 (GA res. 79/243)",
      "entryIntoForce": "not yet: 90th day after 40th ratification (Art. 65(1))",
      "scope": "UN; open for signature in Hanoi 25-26 Oct 2025, then at UN HQ until 31 Dec 2026",
      "partiesCount": {
        "value": 0,
        "signatories": 72,
        "asOf": "UNTC snapshot after Hanoi ceremony (Oct-Nov 2025)",
        "note": null,
        "sources": ["UNCC_MTDSG","UNCC_72"]
      },
      "provisions": [
        {
          "article": "14",
          "title": "Offences related to online child sexual abuse or child sexual exploitation material",
          "summary": "CSAM defined as visual material, which may include written or audio content, depicting/describing/representing a person under 18 in a sexualised way (14(1)); States may limit criminalisation to material depicting an existing person or visually depicting actual abuse (14(2)-(3) flexibilities, as described by secondary sources); 14(4) allows excluding self-generated material by children.",
          "unverified": false,
          "sources": ["UNCC_CFAM","UNCC_CFAM2","UNCC_DIGWATCH"]
        },
        {
          "article": "15",
          "title": "Solicitation or grooming for the purpose of committing a sexual offence against a child",
          "summary": "Grooming offence; 15(4) exclusion similar to 14(4) (per secondary source). Title from secondary sources.",
          "unverified": false,
          "sources": ["UNCC_CFAM2"]
        },
        {
          "article": "Chapter on international cooperation",
          "title": "Extradition, MLA, 24/7 network, expedited preservation and sharing of e-evidence, joint investigations",
          "summary": "Present per secondary description; article numbers not verified.",
          "unverified": true,
          "sources": ["UNCC_VOV"]
        }
      ],
      "deadlines": [
        {
          "name": "Entry into force",
          "value": 90,
          "unit": "days after deposit of 40th instrument",
          "article": "65(1)",
          "kind": "entry-into-force",
          "unverified": false,
          "note": null,
          "sources": ["UNCC_MTDSG"]
        },
        {
          "name": "Signature period at UN HQ ends",
          "value": "2026-12-31",
          "unit": "date",
          "article": "64",
          "kind": "signature-window",
          "unverified": false,
          "note": null,
          "sources": ["UNCC_MTDSG"]
        }
      ],
      "reservationExamples": [],
      "notes": [],
      "sources": ["UNCC_MTDSG"]
    },
    {
      "id": "EU_DIR_2011_93",
      "title": "Directive 2011/93/EU on combating the sexual abuse and sexual exploitation of children and child pornography (OJ L 335, 17.12.2011; OJ heading misprints it as 2011/92/EU)",
      "adopted": "2011-12-13",
      "entryIntoForce": "unknown",
      "scope": "EU",
      "partiesCount": {"value":"EU Member States","signatories":null,"asOf":null,"note":null,"sources":[]},
      "provisions": [
        {
          "article": "2(c)",
          "title": "Definition of child pornography",
          "summary": "Four limbs: material visually depicting a child in real or simulated sexually explicit conduct; depiction of sexual organs of a child for primarily sexual purposes; material depicting a person appearing to be a child; realistic images of a child (source is a Bulgarian-language summary, translated).",
          "unverified": false,
          "sources": ["EU_DIR_DEF_BG","EU_DIR_EURLEX"]
        },
        {
          "article": "25",
          "title": "Measures against websites containing or disseminating child pornography",
          "summary": "Mandatory prompt removal of pages hosted in territory and endeavour to obtain removal abroad (25(1)); optional blocking with transparent procedure and safeguards incl. judicial redress (25(2)).",
          "unverified": false,
          "sources": ["EU_DIR_ART25","EU_DIR_ART25_PL"]
        },
        {
          "article": "5 / 6 / 17",
          "title": "Child pornography offences / solicitation / jurisdiction",
          "summary": "Article content not retrieved in this pass.",
          "unverified": true,
          "sources": ["EU_DIR_EURLEX"]
        }
      ],
      "deadlines": [],
      "reservationExamples": [],
      "notes": [],
      "sources": ["EU_DIR_EURLEX"]
    },
    {
      "id": "EU_EIO",
      "title": "Directive 2014/41/EU regarding the European Investigation Order in criminal matters",
      "adopted": "2014-04-03",
      "entryIntoForce": "2014-05-21 (transposition 3 years)",
      "scope": "EU (excluding IE, DK); UK no longer participates after 31 Dec 2020; setting up a JIT is outside EIO scope (Art. 3)",
      "partiesCount": {
        "value": "EU Member States except Ireland and Denmark",
        "signatories": null,
        "asOf": null,
        "note": null,
        "sources": ["EIO_SCOPE"]
      },
      "provisions": [
        {
          "article": "12",
          "title": "Time limits for recognition or execution",
          "summary": "Same celerity as domestic case; issuing authority may indicate shorter deadline or date (12(2)); decision on recognition within 30 days of receipt (12(3)), extendable by max 30 days (12(5)); measure carried out within 90 days after the decision (12(4)), with notification if impossible (12(6)).",
          "unverified": false,
          "sources": ["EIO_ART12","EIO_ES"]
        },
        {
          "article": "3",
          "title": "Scope",
          "summary": "Covers any investigative measure except setting up a JIT and gathering evidence within a JIT.",
          "unverified": false,
          "sources": ["EIO_EJN"]
        },
        {
          "article": "Annex A",
          "title": "EIO form",
          "summary": "Standard form (sections not retrieved in this pass; Council guidelines 5291/20 on filling it in exist).",
          "unverified": true,
          "sources": ["EIO_SCOPE"]
        }
      ],
      "deadlines": [
        {
          "name": "Decision on recognition/execution",
          "value": 30,
          "unit": "days after receipt",
          "article": "12(3)",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["EIO_ART12"]
        },
        {
          "name": "Extension of recognition deadline",
          "value": 30,
          "unit": "days (maximum)",
          "article": "12(5)",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["EIO_ART12"]
        },
        {
          "name": "Carrying out the investigative measure",
          "value": 90,
          "unit": "days after recognition decision",
          "article": "12(4)",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["EIO_ART12"]
        }
      ],
      "reservationExamples": [],
      "notes": [],
      "sources": ["EIO_ART12"]
    },
    {
      "id": "EU_EEVIDENCE",
      "title": "Regulation (EU) 2023/1543 on European Production Orders and European Preservation Orders for electronic evidence",
      "adopted": "2023-07-12",
      "entryIntoForce": "applies from 2026-08-18 (secondary source)",
      "scope": "EU; orders addressed directly to service providers offering services in the EU",
      "partiesCount": {"value":"EU Member States","signatories":null,"asOf":null,"note":null,"sources":[]},
      "provisions": [
        {
          "article": "10",
          "title": "Execution of an EPOC (production)",
          "summary": "Data to be transmitted within 10 days (at end of 10-day period where enforcing authority is notified and raises no ground); emergency cases 8 hours; in emergencies the enforcing authority may object within 96 hours.",
          "unverified": false,
          "sources": ["EEV_ART10","EEV_BOOK"]
        },
        {
          "article": "11",
          "title": "Execution of an EPOC-PR (preservation)",
          "summary": "Preserve without undue delay; obligation ceases after 60 days unless a subsequent production request is confirmed; extendable by 30 days.",
          "unverified": false,
          "sources": ["EEV_ART11"]
        },
        {
          "article": "4(5)",
          "title": "Emergency issuing without prior validation",
          "summary": "Must be validated within 48 hours.",
          "unverified": false,
          "sources": ["EEV_BOOK54"]
        }
      ],
      "deadlines": [
        {
          "name": "Production (standard)",
          "value": 10,
          "unit": "days",
          "article": "10(2)-(3)",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["EEV_ART10"]
        },
        {
          "name": "Production (emergency)",
          "value": 8,
          "unit": "hours",
          "article": "10(4)",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["EEV_BOOK"]
        },
        {
          "name": "Enforcing-authority objection in emergency",
          "value": 96,
          "unit": "hours",
          "article": "10",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["EEV_BOOK"]
        },
        {
          "name": "Preservation order duration",
          "value": 60,
          "unit": "days (+30 extension)",
          "article": "11(1)",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["EEV_ART11"]
        },
        {
          "name": "Ex-post validation of emergency order",
          "value": 48,
          "unit": "hours",
          "article": "4(5)",
          "kind": "deadline",
          "unverified": false,
          "note": null,
          "sources": ["EEV_BOOK54"]
        }
      ],
      "reservationExamples": [],
      "notes": [],
      "sources": ["EEV_ART10","EEV_ART11"]
    },
    {
      "id": "US_CLOUD",
      "title": "US CLOUD Act (Clarifying Lawful Overseas Use of Data Act, 2018) executive agreements (18 U.S.C. 2523)",
      "adopted": "2018-03-23",
      "entryIntoForce": "n/a (bilateral agreements)",
      "scope": "Bilateral: direct orders to the other country's providers; may not target the other country's residents",
      "partiesCount": {
        "value": "US-UK, US-Australia in place; Canada negotiating (as of Mar 2025)",
        "signatories": null,
        "asOf": null,
        "note": null,
        "sources": ["CLOUD_2025"]
      },
      "provisions": [
        {
          "article": "US-UK agreement",
          "title": "Signed 3 Oct 2019; operational from Oct 2022",
          "summary": "UK issued 20,142 requests to US providers (mostly IPA interception), US made 63 requests to UK providers between 3 Oct 2022 and 15 Oct 2024.",
          "unverified": false,
          "sources": ["CLOUD_2025","CLOUD_IELR"]
        },
        {
          "article": "US-Australia agreement",
          "title": "Signed 15 Dec 2021",
          "summary": "Enabled by Australia's International Production Orders legislation; entry-into-force date not verified here.",
          "unverified": false,
          "sources": ["CLOUD_AU"]
        }
      ],
      "deadlines": [
        {
          "name": "Congressional review before an executive agreement enters into force",
          "value": 180,
          "unit": "days after AG notification (unless joint resolution of disapproval)",
          "article": "18 U.S.C. 2523(d)",
          "kind": "procedural",
          "unverified": false,
          "note": null,
          "sources": ["CLOUD_IELR"]
        },
        {
          "name": "US provider preservation on government request (domestic)",
          "value": 90,
          "unit": "days, extendable by 90",
          "article": "18 U.S.C. 2703(f)",
          "kind": "national-preservation",
          "unverified": false,
          "note": null,
          "sources": ["US_2703F"]
        }
      ],
      "reservationExamples": [],
      "notes": [],
      "sources": ["CLOUD_IELR","CLOUD_2025"]
    }
  ],
  "jurisdictions": [
    {
      "iso2": "US",
      "name": "United States",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2002,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2007,
          "basis": "direct",
          "asOf": null,
          "note": "instrument deposited 2006-09-29, EIF 2007-01-01",
          "sources": ["BUD_US"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1988,
          "basis": "direct",
          "asOf": null,
          "note": "in force with the UK from 1988-07-01",
          "sources": ["HAGUE_UKSI"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2022-05-12; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "did not sign at Hanoi (25-26 Oct 2025); State Department: the US 'continues to review the treaty'; no later US signature found. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_USUK","UNCC_RECORD","UNCC_CYBERNEWS","UNCC_NEWSHOUR"]
        }
      }
    },
    {
      "iso2": "GB",
      "name": "United Kingdom",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2009,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2011,
          "basis": "direct",
          "asOf": null,
          "note": "ratified 2011-05-25, EIF 2011-09-01",
          "sources": ["BUD_NOTIF_2011"]
        },
        "LANZAROTE": {
          "status": "party",
          "year": 2018,
          "basis": "direct",
          "asOf": null,
          "note": "ratified June 2018, EIF 2018-10-01",
          "sources": ["LZ_UK"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1986,
          "basis": "derived",
          "asOf": null,
          "note": "earliest 'coming into force as between the UK and' date in UK SI 1991/2624 Sch.1 is 1986-08-01",
          "sources": ["HAGUE_UKSI"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2022-11-30; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed at Hanoi, 25-26 Oct 2025 (exact day not confirmed); UK national statement delivered at the ceremony",
          "sources": ["UNCC_USUK","UNCC_UK_SJ","UNCC_NEWSHOUR","UNCC_RECORD"]
        }
      }
    },
    {
      "iso2": "CA",
      "name": "Canada",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2005,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2015,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2015-11-01 (year = entry into force)",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1983,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 1983-12-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2023-06-20; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "not among the Hanoi signatories: reported as not yet signed (29 Oct 2025) and absent from the UNTC signature list (72-signatory snapshot) and the Dutch treaty database segment. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_NEWSHOUR","UNCC_MTDSG"]
        }
      }
    },
    {
      "iso2": "BR",
      "name": "Brazil",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2004,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2023,
          "basis": "direct",
          "asOf": null,
          "note": "instrument deposited 2022-11-30, EIF 2023-03-01 (year = entry into force); Decree 11.491/2023 calls the instrument one of ratification, the CoE treats Brazil as acceding",
          "sources": ["BUD_PARTIES_NL","BUD_BR_DEC"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 2000,
          "basis": "direct",
          "asOf": null,
          "note": "accession 1999-10-19, EIF 2000-01-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database and from the WIPO Lex signature list (2025)",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 (Hanoi); UNTC list confirms",
          "sources": ["UNCC_NL","UNCC_MTDSG","UNCC_RECORD"]
        }
      }
    },
    {
      "iso2": "MX",
      "name": "Mexico",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2002,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the A-M segment of the Dutch treaty database party list (Trb. 2024, 97)",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1991,
          "basis": "direct",
          "asOf": null,
          "note": "accession 1991-06-20, EIF 1991-09-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database and from the WIPO Lex signature list (2025)",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "not among the Hanoi signatories: reported as not yet signed (29 Oct 2025); absent from the Dutch treaty database segment. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_NEWSHOUR"]
        }
      }
    },
    {
      "iso2": "PH",
      "name": "Philippines",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2002,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2018,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2018-07-01 (year = entry into force); 2018 press report anticipates deposit making the Philippines the 57th Party; deposit date not independently confirmed",
          "sources": ["BUD_PARTIES_NL","BUD_PH_INQ"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 2016,
          "basis": "direct",
          "asOf": null,
          "note": "accession 2016 (94th State); bilateral effect requires acceptance of accession",
          "sources": ["HAGUE_PH","HAGUE_FJC"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database and from the WIPO Lex signature list (2025)",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 (Hanoi)",
          "sources": ["UNCC_NL","UNCC_MTDSG"]
        }
      }
    },
    {
      "iso2": "TH",
      "name": "Thailand",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2006,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "not_party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "CoE Octopus country profile gives Thailand's Budapest Convention status as 'NA' (neither Party, signatory nor invitee); no signature or accession found",
          "sources": ["BUD_TH_OCTOPUS"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "listed as participant June 2010; still applied: US-Thailand treaty relationship since 2016-04-01 and Thai implementing Act in force since 2013-04-09; accession year not confirmed; if, as the 2016 US start date suggests, Thailand joined by accession, bilateral effect depends on acceptance (Art. 38)",
          "sources": ["HAGUE_2010","HAGUE_TH_DOS","HAGUE_TH_TILLEKE"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database",
          "sources": ["CETS224_STATUS","CETS224_STATUS2"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 (Hanoi)",
          "sources": ["UNCC_NL","UNCC_MTDSG"]
        }
      }
    },
    {
      "iso2": "IN",
      "name": "India",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2005,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the A-M segment of the Dutch treaty database party list (Trb. 2024, 97)",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "not_party",
          "year": "unknown",
          "basis": "direct",
          "asOf": "2026-11-28",
          "note": "not a Contracting State: Law Commission Report 218 (2009) recommended accession; Government (WCD Ministry) said in 2016 and 2018 it would not sign; no accession found as of 2026-11-28",
          "sources": ["HAGUE_IN_LC","HAGUE_IN_BS","HAGUE_IN_HT"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database and from the WIPO Lex signature list (2025)",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "not among the Hanoi signatories: reported as not yet signed (29 Oct 2025) and absent from the UNTC signature list (72-signatory snapshot). Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_NEWSHOUR","UNCC_MTDSG"]
        }
      }
    },
    {
      "iso2": "JP",
      "name": "Japan",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2005,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2012,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2012-11-01 (year = entry into force)",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 2014,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2014-04-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "party",
          "year": 2023,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2022-05-12, ratified 2023-08-10 with reservation not to apply Art. 7; WIPO Lex list (2025) agrees. Protocol not in force, so Japan is strictly a contracting State, not yet a Party (VCLT Art. 2(1)(f)-(g))",
          "sources": ["CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "not among the Hanoi signatories: reported as not yet signed (29 Oct 2025); absent from the Dutch treaty database segment. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_NEWSHOUR"]
        }
      }
    },
    {
      "iso2": "AU",
      "name": "Australia",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2007,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2013,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2013-03-01 (year = entry into force)",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1987,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 1987-01-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database and from the WIPO Lex signature list (2025)",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 (Hanoi); UNTC list confirms",
          "sources": ["UNCC_NL","UNCC_MTDSG","UNCC_NEWSHOUR"]
        }
      }
    },
    {
      "iso2": "DE",
      "name": "Germany",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2009,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2009,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2009-07-01 (year = entry into force)",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "all 46 CoE member States are Parties; listed as ratified in 2017 Secretariat note",
          "sources": ["LZ_PARTIES","LZ_NOTE2017"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1990,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 1990-12-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2023-01-27; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "not among the 13 EU member States that signed at Hanoi and absent from the UNTC signature list (72-signatory snapshot) and the Dutch treaty database segment. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_NEWSHOUR","UNCC_MTDSG"]
        }
      }
    },
    {
      "iso2": "FR",
      "name": "France",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2003,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2006,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2006-05-01 (year = entry into force)",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "all 46 CoE member States are Parties; listed as ratified in 2017 Secretariat note",
          "sources": ["LZ_PARTIES","LZ_NOTE2017"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1983,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 1983-12-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2023-01-27; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 (Hanoi); UNTC list confirms",
          "sources": ["UNCC_NL","UNCC_MTDSG","UNCC_NEWSHOUR"]
        }
      }
    },
    {
      "iso2": "NL",
      "name": "Netherlands",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2005,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "listed as Contracting State in CoE notification of 1 June 2011; listed as ratified by April 2008",
          "sources": ["BUD_NOTIF_2011","BUD_2008"]
        },
        "LANZAROTE": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "all 46 CoE member States are Parties; listed as ratified in 2017 Secretariat note",
          "sources": ["LZ_PARTIES","LZ_NOTE2017"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1990,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 1990-09-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2022-05-12; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "not among the 13 EU member States that signed at Hanoi; absent from the Dutch treaty database signature list (after 19 Nov 2025). Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_NEWSHOUR"]
        }
      }
    },
    {
      "iso2": "ES",
      "name": "Spain",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2001,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "listed as Contracting State in CoE notification of 1 June 2011",
          "sources": ["BUD_NOTIF_2011"]
        },
        "LANZAROTE": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "all 46 CoE member States are Parties; listed as ratified in 2017 Secretariat note",
          "sources": ["LZ_PARTIES","LZ_NOTE2017"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1987,
          "basis": "direct",
          "asOf": null,
          "note": "in force with the UK from 1987-09-01",
          "sources": ["HAGUE_UKSI"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2022-05-12; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 (Hanoi); listed among the 13 EU member States that signed",
          "sources": ["UNCC_NL","UNCC_MTDSG","UNCC_NEWSHOUR"]
        }
      }
    },
    {
      "iso2": "IT",
      "name": "Italy",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2002,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2008,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2008-10-01 (year = entry into force)",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "all 46 CoE member States are Parties; listed as ratified in 2017 Secretariat note",
          "sources": ["LZ_PARTIES","LZ_NOTE2017"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1995,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 1995-05-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2022-05-12; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "not among the 13 EU member States that signed at Hanoi and absent from the UNTC signature list (72-signatory snapshot) and the Dutch treaty database segment. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_NEWSHOUR","UNCC_MTDSG"]
        }
      }
    },
    {
      "iso2": "NG",
      "name": "Nigeria",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2010,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2022,
          "basis": "direct",
          "asOf": "2026-11-28",
          "note": "accession 2022-07-06, EIF 2022-11-01 (CoE); re-checked 2026-11-28, no conflicting source",
          "sources": ["BUD_NG"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "not_party",
          "year": "unknown",
          "basis": "direct",
          "asOf": "2026-11-28",
          "note": "not a Contracting State and no designated Central Authority (May 2025 reporting of the US Annual Report; practitioner profile); no accession found as of 2026-11-28",
          "sources": ["HAGUE_NG_2025","HAGUE_NG_CCR"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database and from the WIPO Lex signature list (2025)",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 (Hanoi); also in the UNODC list of African signatories",
          "sources": ["UNCC_NL","UNCC_MTDSG","UNCC_RECORD","UNCC_AFRICA"]
        }
      }
    },
    {
      "iso2": "KE",
      "name": "Kenya",
      "parties": {
        "OPSC": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": "2026-11-28",
          "note": "signed, not ratified (dataset snapshot >=2022; a c. 2012 NGO report also records OPSC not ratified); no ratification found as of 2026-11-28 - confirm against UNTC chapter IV-11c before shipping",
          "sources": ["OPSC_STATUS","OPSC_KE_SCF"]
        },
        "BUDAPEST": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": "2026-11-28",
          "note": "absent from the A-M segment of the Dutch treaty database party list (Trb. 2024, 97); invited to accede on 2024-10-09 (invitation valid five years) - an invitation is not accession; no accession found as of 2026-11-28",
          "sources": ["BUD_PARTIES_NL","BUD_KE_NC4"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "not_party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "not a Contracting State (2025 reporting of the US Annual Report); Cabinet approved accession in 2023 and referred it to Parliament, still pending - re-check, accession may follow",
          "sources": ["HAGUE_KE_YNEWS","HAGUE_KE_BD"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database and from the WIPO Lex signature list (2025)",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "not in the UNODC list of the 21 African Hanoi signatories; absent from the Dutch treaty database segment. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_AFRICA"]
        }
      }
    },
    {
      "iso2": "ZA",
      "name": "South Africa",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2003,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2001-11-23, not ratified; in a parliamentary reply of 21 Sep 2020 (NW2136) the Government said it does not intend to ratify, even after the Cybercrimes Act; no later ratification found",
          "sources": ["BUD_NOTIF_2011","BUD_ZA_PMG"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1997,
          "basis": "direct",
          "asOf": null,
          "note": "accession deposited 1997-07-08 (Trb. 1997, 275), Convention applied from 1997-10-01 (Act 72 of 1996 in operation; year = entry into force); still applied in 2023 (Chief Family Advocate as Central Authority). Conflict: the SA Department of Justice page says South Africa 'ratified the Convention in 1996' - the depositary record (accession 1997) is preferred",
          "sources": ["HAGUE_2010","HAGUE_ZA_TRB1997","HAGUE_ZA_DOJ","HAGUE_ZA_MDPI"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database",
          "sources": ["CETS224_STATUS","CETS224_STATUS2"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 in Hanoi by the Minister of Justice and Constitutional Development (her statement of 26 Oct: 'As we signed this Convention yesterday'); in the UNODC list of African signatories",
          "sources": ["UNCC_ZA_VOV","UNCC_ZA_ITWEB","UNCC_AFRICA"]
        }
      }
    },
    {
      "iso2": "GH",
      "name": "Ghana",
      "parties": {
        "OPSC": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": "2026-11-28",
          "note": "signed 2003, not ratified: dataset snapshot >=2022 and Ghanaian reports of Jul and Sep 2023 (ministry still seeking Cabinet and parliamentary approval); no ratification found as of 2026-11-28",
          "sources": ["OPSC_STATUS","OPSC_GH_2023","OPSC_GH_2023B"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2019,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2019-04-01 (year = entry into force); Ghana's Cyber Security Authority (2023) refers to ratification four years earlier; deposit date not independently confirmed",
          "sources": ["BUD_PARTIES_NL","BUD_GH_CSA"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "not_party",
          "year": "unknown",
          "basis": "direct",
          "asOf": "2026-11-28",
          "note": "not a Contracting State: HCCH (Sep 2016) says the 1993 Adoption Convention was the first Hague Convention Ghana joined; the English High Court (May 2024) handled a return to Ghana as a non-Convention case under the inherent jurisdiction; no accession found as of 2026-11-28",
          "sources": ["HAGUE_GH_HCCH","HAGUE_GH_EWHC","HAGUE_GH_MORLEY"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2023-06-28; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO","BUD_GH_CSA"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 (Hanoi); UNTC list confirms",
          "sources": ["UNCC_NL","UNCC_MTDSG","UNCC_AFRICA"]
        }
      }
    },
    {
      "iso2": "MA",
      "name": "Morocco",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2001,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2018,
          "basis": "direct",
          "asOf": "2026-11-28",
          "note": "EIF 2018-10-01 (year = entry into force); re-checked 2026-11-28 against the same Dutch list only - no independent second source found",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "invited to accede (CoE Committee of Ministers agreed, per 2017 note) but not among the 48 Parties (Tunisia is the only non-European Party)",
          "sources": ["LZ_NOTE2017","LZ_PARTIES"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 2010,
          "basis": "direct",
          "asOf": null,
          "note": "accession 2010-03-09, EIF 2010-06-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2022-05-12; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 (Hanoi); also in the UNODC list of African signatories",
          "sources": ["UNCC_NL","UNCC_MTDSG","UNCC_AFRICA"]
        }
      }
    },
    {
      "iso2": "ID",
      "name": "Indonesia",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2012,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the A-M segment of the Dutch treaty database party list (Trb. 2024, 97)",
          "sources": ["BUD_PARTIES_NL"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "not_party",
          "year": "unknown",
          "basis": "direct",
          "asOf": "2026-11-28",
          "note": "not a Contracting State (US State Dept 2004; an undated practitioner page says Indonesia's only Hague instrument is the Apostille Convention); no accession found as of 2026-11-28",
          "sources": ["HAGUE_ID_DOS","HAGUE_ID_MORLEY"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database and from the WIPO Lex signature list (2025)",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the UNTC signature list (72-signatory snapshot) and the Dutch treaty database segment. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_MTDSG"]
        }
      }
    },
    {
      "iso2": "VN",
      "name": "Viet Nam",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2001,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "not_party",
          "year": "unknown",
          "basis": "weak",
          "asOf": null,
          "note": "no signature, accession or invitation found: the CoE Octopus profile for Viet Nam shows no Budapest status, and Viet Nam's 2025 statements present the UN Convention as an 'alternative' to Budapest. No complete official list showing Viet Nam's absence was consulted (the Dutch party list excerpt covers A-M only) - confirm against the CoE chart of signatures and ratifications (ETS 185)",
          "sources": ["BUD_VN_OCTOPUS","BUD_VN_VOV"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "not_party",
          "year": "unknown",
          "basis": "direct",
          "asOf": "2026-11-28",
          "note": "not a Contracting State (US Embassy Hanoi, 4 Aug 2023); a 2018 government plan envisaged preparing accession by 2021; no accession found as of 2026-11-28",
          "sources": ["HAGUE_VN_USEMB","HAGUE_VN_MORLEY"]
        },
        "CETS224": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the complete signatory list in the Dutch treaty database",
          "sources": ["CETS224_STATUS","CETS224_STATUS2"]
        },
        "UNCC": {
          "status": "signatory",
          "year": 2025,
          "basis": "direct",
          "asOf": null,
          "note": "signed 2025-10-25 in Hanoi as the first signatory; ratification reported by May 2026 (first in South-East Asia, third worldwide), deposit date not confirmed against UNTC. The Convention is not in force (40 instruments needed), so Viet Nam is a contracting State, not yet a Party (VCLT Art. 2(1)(f)-(g)); status kept as 'signatory' for this signature column",
          "sources": ["UNCC_VN_QDND","UNCC_NEWSHOUR","UNCC_VN_RATIF","UNCC_MH_2026"]
        }
      }
    },
    {
      "iso2": "CO",
      "name": "Colombia",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2003,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2020,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2020-07-01 (year = entry into force); accession approved by Ley 1928 of 24 Jul 2018 and upheld by Constitutional Court judgment C-224/19; deposit date not independently confirmed",
          "sources": ["BUD_PARTIES_NL","BUD_CO_LEY","BUD_CO_C224"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1996,
          "basis": "direct",
          "asOf": null,
          "note": "accession 1995-12-13, EIF 1996-03-01",
          "sources": ["HAGUE_TRB2006"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2022-05-12; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the UNTC signature list (72-signatory snapshot) and the Dutch treaty database segment. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_MTDSG"]
        }
      }
    },
    {
      "iso2": "AR",
      "name": "Argentina",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2003,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": 2018,
          "basis": "direct",
          "asOf": null,
          "note": "EIF 2018-10-01 (year = entry into force); Law 27.411 (Dec 2017) approved accession and requires reservations on deposit incl. Arts. 6.1.b, 9.1.d (procuring), 9.2.b (person appearing to be a minor) and 9.2.c (realistic images) - check the reservations as deposited before relying on Art. 9 for dual criminality",
          "sources": ["BUD_PARTIES_NL","BUD_AR_LEY"]
        },
        "LANZAROTE": {
          "status": "not_party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "the 48 Parties are the 46 CoE member States, the Russian Federation and Tunisia",
          "sources": ["LZ_PARTIES","LZ_COMMITTEE"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": 1991,
          "basis": "direct",
          "asOf": null,
          "note": "ratified 1991-03-19, EIF 1991-06-01 (year = entry into force)",
          "sources": ["HAGUE_2014"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2023-02-16; WIPO Lex list (2025) agrees, no ratification shown",
          "sources": ["CETS224_STATUS","CETS224_STATUS2","CETS224_WIPO"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the UNTC signature list (72-signatory snapshot) and the Dutch treaty database segment. Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_MTDSG"]
        }
      }
    },
    {
      "iso2": "UA",
      "name": "Ukraine",
      "parties": {
        "OPSC": {
          "status": "party",
          "year": 2003,
          "basis": "direct",
          "asOf": null,
          "note": "year of ratification/accession",
          "sources": ["OPSC_STATUS"]
        },
        "BUDAPEST": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "listed as Contracting State in CoE notification of 1 June 2011; listed as ratified by April 2008",
          "sources": ["BUD_NOTIF_2011","BUD_2008"]
        },
        "LANZAROTE": {
          "status": "party",
          "year": 2012,
          "basis": "direct",
          "asOf": null,
          "note": "ratified 2012",
          "sources": ["LZ_UA"]
        },
        "ILO_C182": {
          "status": "party",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "universal ratification by all 187 ILO member States (Tonga, 4 Aug 2020); assumes country is an ILO member",
          "sources": ["ILO_UNIV","ILO_AP"]
        },
        "HAGUE1980": {
          "status": "party",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "listed as participant June 2010; still applied: in force US-Ukraine from 2007-09-01, and 2024 Ukrainian scholarship on its application; accession year not confirmed; bilateral effect depends on acceptance of Ukraine's accession (Art. 38)",
          "sources": ["HAGUE_2010","HAGUE_UA_MORLEY","HAGUE_UA_2024"]
        },
        "CETS224": {
          "status": "signatory",
          "year": "unknown",
          "basis": "direct",
          "asOf": null,
          "note": "signed 2022-11-30",
          "sources": ["CETS224_STATUS","CETS224_STATUS2"]
        },
        "UNCC": {
          "status": "not_signed",
          "year": "unknown",
          "basis": "derived",
          "asOf": null,
          "note": "absent from the Dutch treaty database signature list segment ('Oekraine' falls within A-'Turkije'); Ukraine did not take part in the negotiations (2025 report). Signature stays open at UN HQ until 2026-12-31; a secondary report gives 74 signatories by March 2026, and the two post-Hanoi signatories were not identified.",
          "sources": ["UNCC_NL","UNCC_NEWSHOUR"]
        }
      }
    }
  ],
  "conducts": [
    {
      "id": "csam.production",
      "label": "Production of CSAM",
      "description": "Producing child sexual abuse material (Budapest: for distribution through a computer system).",
      "instrumentRefs": [
        {"instrument":"OPSC","article":"3(1)(c)","note":null},
        {"instrument":"BUDAPEST","article":"9(1)(a)","note":null},
        {"instrument":"LANZAROTE","article":"20(1)(a)","note":null},
        {"instrument":"UNCC","article":"14","note":null}
      ]
    },
    {
      "id": "csam.distribution",
      "label": "Offering, making available, distributing or transmitting CSAM",
      "description": "Includes dissemination, import/export, offering, selling.",
      "instrumentRefs": [
        {"instrument":"OPSC","article":"3(1)(c)","note":null},
        {"instrument":"BUDAPEST","article":"9(1)(b)-(c)","note":null},
        {"instrument":"LANZAROTE","article":"20(1)(b)-(c)","note":null},
        {"instrument":"UNCC","article":"14","note":null}
      ]
    },
    {
      "id": "csam.procuring",
      "label": "Procuring CSAM for oneself or another",
      "description": "Obtaining material, e.g. by download or purchase.",
      "instrumentRefs": [
        {"instrument":"BUDAPEST","article":"9(1)(d)","note":"reservable under 9(4)"},
        {"instrument":"LANZAROTE","article":"20(1)(d)","note":null}
      ]
    },
    {
      "id": "csam.possession",
      "label": "Simple possession of CSAM",
      "description": "Possession without intent to distribute. OPSC 3(1)(c) covers possession 'for the above purposes' only.",
      "instrumentRefs": [
        {"instrument":"OPSC","article":"3(1)(c)","note":"possession for the listed purposes"},
        {"instrument":"BUDAPEST","article":"9(1)(e)","note":"reservable under 9(4)"},
        {"instrument":"LANZAROTE","article":"20(1)(e)","note":null},
        {"instrument":"ICMEC","article":"criterion 4","note":null}
      ]
    },
    {
      "id": "csam.access",
      "label": "Knowingly obtaining access / viewing CSAM via ICT",
      "description": "Accessing or streaming without storing a copy.",
      "instrumentRefs": [{"instrument":"LANZAROTE","article":"20(1)(f)","note":"reservable under 20(4)"}]
    },
    {
      "id": "csam.appearing_minor",
      "label": "Material depicting a person appearing to be a minor",
      "description": "Adult performers presented as minors.",
      "instrumentRefs": [
        {"instrument":"BUDAPEST","article":"9(2)(b)","note":"reservable under 9(4)"},
        {"instrument":"EU_DIR_2011_93","article":"2(c)","note":null}
      ]
    },
    {
      "id": "csam.virtual_realistic",
      "label": "Realistic computer-generated / AI-generated images of minors",
      "description": "Images not involving a real child (incl. AI output).",
      "instrumentRefs": [
        {"instrument":"BUDAPEST","article":"9(2)(c)","note":"reservable under 9(4)"},
        {"instrument":"LANZAROTE","article":"20(3)","note":"reservation for non-existent child"},
        {"instrument":"EU_DIR_2011_93","article":"2(c)","note":null},
        {
          "instrument": "UNCC",
          "article": "14",
          "note": "flexibility to limit to existing persons / actual abuse (secondary sources)"
        }
      ]
    },
    {
      "id": "csam.nonvisual_or_drawn",
      "label": "Drawings, cartoons, written or audio material",
      "description": "Non-photographic depictions and descriptions.",
      "instrumentRefs": [
        {"instrument":"OPSC","article":"2(c)","note":"'any representation, by whatever means'"},
        {
          "instrument": "UNCC",
          "article": "14(1)",
          "note": "may include written or audio content (secondary source)"
        }
      ]
    },
    {
      "id": "csam.self_generated",
      "label": "Self-generated material by children",
      "description": "Consensual images produced/possessed by children above the age of consent for private use.",
      "instrumentRefs": [
        {"instrument":"LANZAROTE","article":"20(3)","note":"reservation"},
        {"instrument":"UNCC","article":"14(4)","note":"exclusion permitted (secondary source)"}
      ]
    },
    {
      "id": "livestream.performance",
      "label": "Live-streamed abuse / pornographic performances",
      "description": "Recruiting or coercing a child into performances; knowingly attending (incl. remotely).",
      "instrumentRefs": [
        {
          "instrument": "LANZAROTE",
          "article": "21(1)(a)-(c)",
          "note": "21(1)(c) attendance limitable under 21(2)"
        }
      ]
    },
    {
      "id": "grooming.meeting",
      "label": "Solicitation of children for sexual purposes (meeting proposal)",
      "description": "Adult proposes via ICT to meet a child to commit a sexual offence, followed by material acts.",
      "instrumentRefs": [
        {"instrument":"LANZAROTE","article":"23","note":null},
        {"instrument":"UNCC","article":"15","note":null}
      ]
    },
    {
      "id": "grooming.sexual_communication",
      "label": "Online-only sexual communication / solicitation without meeting",
      "description": "Lanzarote Committee 2015 opinion: offences can be committed exclusively online.",
      "instrumentRefs": [{"instrument":"LANZAROTE","article":"23","note":"Committee opinion T-ES(2015)04"}]
    },
    {
      "id": "sextortion",
      "label": "Sexual extortion of children",
      "description": "Threats to disseminate intimate images to obtain images, sexual acts or money. No dedicated article in the instruments reviewed; typically charged as CSAM production/coercion/extortion.",
      "instrumentRefs": []
    },
    {
      "id": "child_prostitution",
      "label": "Offering, obtaining, procuring or providing a child for prostitution",
      "description": "",
      "instrumentRefs": [
        {"instrument":"OPSC","article":"3(1)(b)","note":null},
        {"instrument":"LANZAROTE","article":"19","note":"article number unverified"},
        {"instrument":"ILO_C182","article":"3","note":"unverified numbering"}
      ]
    },
    {
      "id": "sale_of_children",
      "label": "Sale of children",
      "description": "Offering, delivering or accepting a child for sexual exploitation, organ transfer, forced labour; improper adoption consent.",
      "instrumentRefs": [{"instrument":"OPSC","article":"3(1)(a)","note":null}]
    },
    {
      "id": "trafficking.child",
      "label": "Trafficking in children",
      "description": "Recruitment, transport, harbouring or receipt of a child for exploitation; no means required.",
      "instrumentRefs": [{"instrument":"UNTOC_TIP","article":"TIP 3(c)-(d)","note":null}]
    },
    {
      "id": "csam.ai_tools",
      "label": "Possession/creation/supply of tools optimised to generate CSAM",
      "description": "New category (e.g. UK Crime and Policing Bill, s.46A SOA 2003 as passed by Commons June 2025); no treaty article.",
      "instrumentRefs": []
    }
  ],
  "nationalLawExamples": [
    {
      "iso2": "DE",
      "attribute": "ageThreshold",
      "value": "Kinderpornografie (§184b StGB) = under 14; Jugendpornografie (§184c) = 14-17, lower penalties",
      "unverified": false,
      "note": null,
      "sources": ["DE_184"]
    },
    {
      "iso2": "DK",
      "attribute": "ageThreshold",
      "value": "Budapest 9(4) reservation: consensual possession of images of persons 15+ excluded; 'appearing to be a minor' excluded",
      "unverified": false,
      "note": null,
      "sources": ["BUD_RES_DK"]
    },
    {
      "iso2": "ME",
      "attribute": "ageThreshold",
      "value": "Budapest 9(4) reservation: procuring/possession not offences if person 14+ consented",
      "unverified": false,
      "note": null,
      "sources": ["BUD_RES_ME"]
    },
    {
      "iso2": "CA",
      "attribute": "ageThreshold",
      "value": "under 18; includes persons 'depicted as' under 18",
      "unverified": false,
      "note": null,
      "sources": ["CA_1631"]
    },
    {
      "iso2": "JP",
      "attribute": "ageThreshold",
      "value": "photographs/videos of real children below 18",
      "unverified": false,
      "note": null,
      "sources": ["JP_NATION"]
    },
    {
      "iso2": "PH",
      "attribute": "ageThreshold",
      "value": "below 18, or over 18 if unable to protect themselves",
      "unverified": false,
      "note": null,
      "sources": ["PH_RESPICIO"]
    },
    {
      "iso2": "GB",
      "attribute": "ageThreshold",
      "value": "PCA 1978 covered under-16s when described c.2001; current 18 not verified here",
      "unverified": true,
      "note": null,
      "sources": ["UK_PCA16"]
    },
    {
      "iso2": "JP",
      "attribute": "simplePossession",
      "value": "criminalised by Act No. 79 of 2014 (in force 15 Jul 2014; penalties after 1-year grace period); up to 1 year or JPY 1m",
      "unverified": false,
      "note": null,
      "sources": ["JP_2014","JP_2015"]
    },
    {
      "iso2": "IN",
      "attribute": "simplePossession",
      "value": "POCSO s.15 criminalises storage/possession (Supreme Court, 23 Sep 2024)",
      "unverified": false,
      "note": null,
      "sources": ["IN_SC2024"]
    },
    {
      "iso2": "IN",
      "attribute": "knowingAccess",
      "value": "IT Act s.67B(b) text lists 'browses, downloads'; Supreme Court headnote says mere viewing/downloading without intent to publish/transmit is outside s.67B",
      "unverified": false,
      "note": "conflicting - treat as uncertain",
      "sources": ["IN_67B","IN_SC2024"]
    },
    {
      "iso2": "DE",
      "attribute": "simplePossession",
      "value": "possession a felony (1-5 years) since 2021; government decision to downgrade to misdemeanour",
      "unverified": false,
      "note": null,
      "sources": ["DE_2021","DE_2024"]
    },
    {
      "iso2": "DE",
      "attribute": "knowingAccess",
      "value": "mere viewing not punishable; cache storage may constitute possession",
      "unverified": false,
      "note": null,
      "sources": ["DE_CACHE","DE_184"]
    },
    {
      "iso2": "GB",
      "attribute": "simplePossession",
      "value": "Criminal Justice Act 1988 s.160 (indecent photographs/pseudo-photographs)",
      "unverified": false,
      "note": null,
      "sources": ["UK_PCA"]
    },
    {
      "iso2": "PH",
      "attribute": "knowingAccess",
      "value": "RA 11930 penalises willingly accessing CSAEM",
      "unverified": false,
      "note": null,
      "sources": ["PH_11930"]
    },
    {
      "iso2": "US",
      "attribute": "virtualImages",
      "value": "18 USC 2256(8)(B): computer-generated images indistinguishable from a minor; 2256(11) excludes drawings/cartoons from 'indistinguishable'",
      "unverified": false,
      "note": null,
      "sources": ["US_2256"]
    },
    {
      "iso2": "US",
      "attribute": "drawingsCartoons",
      "value": "18 USC 1466A: obscene visual depictions incl. drawings/cartoons (PROTECT Act 2003)",
      "unverified": false,
      "note": null,
      "sources": ["US_1466A"]
    },
    {
      "iso2": "US",
      "attribute": "virtualImages",
      "value": "Ashcroft v. Free Speech Coalition (2002) struck CPPA 1996 virtual provisions",
      "unverified": false,
      "note": null,
      "sources": ["US_ASHCROFT"]
    },
    {
      "iso2": "JP",
      "attribute": "drawingsCartoons",
      "value": "manga, anime and computer graphics excluded",
      "unverified": false,
      "note": null,
      "sources": ["JP_2014","JP_2015"]
    },
    {
      "iso2": "GB",
      "attribute": "drawingsCartoons",
      "value": "s.62 Coroners and Justice Act 2009: possession of prohibited non-photographic images (CGI, cartoons, manga, drawings); max 3 years; in force 6 Apr 2010",
      "unverified": false,
      "note": null,
      "sources": ["UK_S62"]
    },
    {
      "iso2": "CA",
      "attribute": "drawingsCartoons",
      "value": "s.163.1 includes written material, visual representations and audio recordings",
      "unverified": false,
      "note": null,
      "sources": ["CA_1631"]
    },
    {
      "iso2": "GB",
      "attribute": "aiGeneration",
      "value": "Crime and Policing Bill: offence for CSA image generators (new s.46A SOA 2003), passed Commons 17 Jun 2025; enactment not verified",
      "unverified": true,
      "note": null,
      "sources": ["UK_AI"]
    },
    {
      "iso2": "GB",
      "attribute": "grooming",
      "value": "SOA 2003 s.15 meeting after grooming; s.15A sexual communication with child under 16 (in force 3 Apr 2017)",
      "unverified": false,
      "note": null,
      "sources": ["UK_15A","UK_S15"]
    },
    {
      "iso2": "PH",
      "attribute": "grooming",
      "value": "RA 11930 criminalises online grooming",
      "unverified": false,
      "note": null,
      "sources": ["PH_11930"]
    },
    {
      "iso2": "PH",
      "attribute": "liveStreaming",
      "value": "RA 11930 penalises streaming child sexual abuse and subscribing to watch it; repeals RA 9775",
      "unverified": false,
      "note": null,
      "sources": ["PH_11930","PH_11930_TXT"]
    },
    {
      "iso2": "US",
      "attribute": "sextortion",
      "value": "no specific federal statute; charged under 18 USC 875(d), CSAM and enticement provisions",
      "unverified": false,
      "note": null,
      "sources": ["US_SEXT"]
    },
    {
      "iso2": "GB",
      "attribute": "extraterritorial",
      "value": "SOA 2003 s.72: UK nationals liable for listed offences against under-18s abroad without dual criminality (since 2008); residents need dual criminality",
      "unverified": false,
      "note": null,
      "sources": ["UK_S72"]
    },
    {
      "iso2": "DE",
      "attribute": "extraditionOfNationals",
      "value": "Basic Law Art. 16(2): no extradition of Germans except to EU Member States or international courts",
      "unverified": false,
      "note": null,
      "sources": ["DE_ART16"]
    },
    {
      "iso2": "BR",
      "attribute": "extraditionOfNationals",
      "value": "no Brazilian extradited except naturalised persons (crime before naturalisation; drug trafficking)",
      "unverified": false,
      "note": null,
      "sources": ["BR_LOC"]
    },
    {
      "iso2": "UA",
      "attribute": "extraditionOfNationals",
      "value": "constitutional provision preventing extradition of nationals (per LoC)",
      "unverified": false,
      "note": null,
      "sources": ["EXTR_LOC_NAT"]
    },
    {
      "iso2": "EU",
      "attribute": "dataRetention",
      "value": "Directive 2006/24/EC (6-24 months) invalidated by CJEU 8 Apr 2014",
      "unverified": false,
      "note": null,
      "sources": ["CJEU_DRI","CJEU_DRI_RET"]
    },
    {
      "iso2": "US",
      "attribute": "dataRetention",
      "value": "no general retention mandate; 18 USC 2703(f) preservation 90 days + 90",
      "unverified": false,
      "note": null,
      "sources": ["US_NORET","US_2703F"]
    },
    {
      "iso2": "PH",
      "attribute": "providerDuties",
      "value": "intermediaries must take down, preserve evidence and transmit to law enforcement; fines up to PHP 2m/3m and licence revocation",
      "unverified": false,
      "note": null,
      "sources": ["PH_11930"]
    },
    {
      "iso2": "JP",
      "attribute": "providerDuties",
      "value": "2014 amendment urges online service providers to cooperate with law enforcement",
      "unverified": false,
      "note": null,
      "sources": ["JP_2014"]
    }
  ],
  "icmec": {
    "criteria": [
      {"id":"icmec.1","label":"Legislation specific to CSAM"},
      {"id":"icmec.2","label":"Definition of CSAM"},
      {"id":"icmec.3","label":"Criminalises technology-facilitated CSAM offences"},
      {
        "id": "icmec.4",
        "label": "Criminalises knowing (simple) possession regardless of intent to distribute"
      },
      {
        "id": "icmec.5",
        "label": "Requires ISPs to report suspected CSAM to law enforcement or a mandated agency"
      }
    ],
    "criteriaSources": ["ICMEC_9_CH","ICMEC_1"],
    "latestConfirmedEdition": {
      "edition": 9,
      "published": "2018-12",
      "figures": {
        "countriesReviewed": 196,
        "sufficientLegislation": 118,
        "noSpecificLegislation": 16,
        "someLegislation": 62,
        "ofSome_noDefinition": 51,
        "ofSome_noTechOffences": 25,
        "ofSome_noPossession": 38,
        "sinceInception_improved": 150,
        "criminaliseSimplePossession": 140,
        "defineCSAM": 125,
        "requireISPReporting": 32
      },
      "metAllFive": null,
      "sources": ["ICMEC_9_PR","ICMEC_9_RI","ICMEC_PAGE"]
    },
    "history": [
      {
        "edition": 1,
        "published": "2006",
        "figures": {"countriesReviewed":184,"sufficientLegislation":27,"noSpecificLegislation":95},
        "metAllFive": ["US","BE","AU","FR","ZA"],
        "sources": ["ICMEC_1","ICMEC_9_JC"]
      },
      {
        "edition": 8,
        "published": "2016",
        "figures": {
          "countriesReviewed": 196,
          "sufficientLegislation": 82,
          "noSpecificLegislation": 35,
          "noPossession": 50
        },
        "metAllFive": null,
        "sources": ["ICMEC_8"]
      }
    ],
    "edition10": {"year":2023,"figures":"unknown","sources":["ICMEC_10"]}
  }
};
