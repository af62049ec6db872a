package keystone.demo;

import java.math.BigDecimal;
import java.util.List;

import keystone.model.account.Account;
import keystone.model.account.AccountType;

/**
 * The eight hand-written key accounts of the demo data and where each sits among the generated customers.
 */
final class DemoAccounts {

    /**
     * A key account, the size rank of its customer (1 = largest) and its buying pattern; rank and pattern are
     * fixed so that each account's revenue story matches its dossier text.
     */
    record Profile(int rank, DemoPattern pattern, Account account) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile(1, DemoPattern.REGULAR, new Account.Builder()
                    .name("Hartwig Antriebstechnik AG").type(AccountType.BREADWINNER)
                    .industry("Manufacturing").country("Germany").region("Bavaria")
                    .employees(8_400).annualRevenue(new BigDecimal("2100000000.00")).currency("EUR")
                    .website("https://www.hartwig-antriebe.de")
                    .owner("Anna Keller").team("Anna Keller, Jonas Weber, Petra Lang")
                    .history("Founded in 1921 in Augsburg as a forge for agricultural machinery, Hartwig moved into "
                            + "gearboxes in the 1960s and today builds drive trains for wind turbines and heavy "
                            + "industry. We have supplied pumps and bearings to the Augsburg plant since 2009; a "
                            + "framework agreement covering all European plants was signed in 2021.")
                    .structure("Management board of four (CEO, CFO, CTO, COO) under a supervisory board in which "
                            + "the founding family holds the majority. Purchasing is centralised in Augsburg under a "
                            + "Chief Procurement Officer; the plant managers in Augsburg, Brno and Pune decide on "
                            + "maintenance spending up to EUR 250,000.")
                    .environment("Wind-energy demand drives growth, but Chinese gearbox makers press on prices. "
                            + "Hartwig is cutting its supplier base from 1,200 to 700 suppliers by 2027 and rates "
                            + "suppliers on delivery reliability and CO2 footprint.")
                    .build()),
            new Profile(2, DemoPattern.SEASONAL, new Account.Builder()
                    .name("АО «Уралхимпром»").type(AccountType.BREADWINNER)
                    .industry("Chemicals").country("Russia").region("Sverdlovsk Oblast")
                    .employees(12_600).annualRevenue(new BigDecimal("145000000000.00")).currency("RUB")
                    .website("https://www.uralkhimprom.ru")
                    .owner("Dmitri Volkov").team("Dmitri Volkov, Elena Sokolova")
                    .history("Emerged in 1994 from the privatisation of a Soviet fertiliser combine near "
                            + "Yekaterinburg; today one of Russia's leading producers of nitrogen fertilisers and "
                            + "industrial gases. Our customer since 2012: we supply pumps, valves and seals for its "
                            + "ammonia plants and take part in the annual maintenance shutdown.")
                    .structure("Holding company with three production sites. The technical directorate in "
                            + "Yekaterinburg sets equipment standards for all sites; purchasing runs annual tenders on "
                            + "its electronic trading platform. The Technical Director has the final say on critical "
                            + "equipment.")
                    .environment("Demand follows the agricultural cycle, so orders peak before the spring sowing "
                            + "and the summer shutdowns. Import substitution favours local suppliers, and payments "
                            + "must be routed through approved banks, which lengthens payment terms.")
                    .build()),
            new Profile(3, DemoPattern.GROWING, new Account.Builder()
                    .name("上海东方汽车零部件有限公司").type(AccountType.BREADWINNER)
                    .industry("Automotive").country("China").region("Shanghai")
                    .employees(5_200).annualRevenue(new BigDecimal("9800000000.00")).currency("CNY")
                    .website("https://www.dongfang-autoparts.com.cn")
                    .owner("Li Wei").team("Li Wei, Thomas Brenner")
                    .history("Founded in 2003 as a supplier of brake components for the joint-venture car plants "
                            + "in Shanghai; since 2016 it also makes battery housings and thermal management systems "
                            + "for electric vehicles. We won its first tender in 2019 with compressors, and volume "
                            + "has grown every year since the new Anting plant opened.")
                    .structure("Privately held; the founder is chairman and a general manager runs operations. "
                            + "Suppliers are selected by a technical committee of engineering, quality and "
                            + "purchasing; the general manager signs contracts above CNY 5 million.")
                    .environment("The Chinese EV market grows fast amid fierce price competition; car makers "
                            + "demand annual price cuts of 3-5 %. Local-content rules favour domestic suppliers, so "
                            + "our service centre in Shanghai is our main argument.")
                    .build()),
            new Profile(4, DemoPattern.SEASONAL, new Account.Builder()
                    .name("Constructora Ibáñez y Asociados S.A. de C.V.").type(AccountType.BREADWINNER)
                    .industry("Construction").country("Mexico").region("Nuevo León")
                    .employees(3_900).annualRevenue(new BigDecimal("18500000000.00")).currency("MXN")
                    .website("https://www.constructoraibanez.com.mx")
                    .owner("Carmen Ortega").team("Carmen Ortega, Rafael Cruz")
                    .history("Family-owned contractor founded in Monterrey in 1978; builds industrial parks, water "
                            + "treatment plants and highways in northern Mexico. We have supplied pumps and drive "
                            + "systems for its water projects since 2015.")
                    .structure("Run by the second generation of the Ibáñez family; the CEO, Ing. Ramón Ibáñez, "
                            + "approves every contract above MXN 10 million. Each project has its own purchasing "
                            + "team, so we have to win every project manager anew.")
                    .environment("Nearshoring brings a wave of new factories to Nuevo León, while public "
                            + "infrastructure depends on the federal budget. Work slows in the rainy season, so "
                            + "orders cluster in the first half of the year.")
                    .build()),
            new Profile(6, DemoPattern.INTERMITTENT, new Account.Builder()
                    .name("Meridian Grid Solutions Inc.").type(AccountType.BREADWINNER)
                    .industry("Energy").country("United States").region("Texas")
                    .employees(2_300).annualRevenue(new BigDecimal("1450000000.00")).currency("USD")
                    .website("https://www.meridiangrid-solutions.com")
                    .owner("Thomas Brenner").team("Thomas Brenner, Sophie Martin, Jonas Weber")
                    .history("Engineering, procurement and construction contractor for substations and gas "
                            + "compression stations, founded in Houston in 1998. It buys from us project by project: "
                            + "large orders of compressors and control cabinets when a project starts, little in "
                            + "between.")
                    .structure("Owned by a private equity fund since 2020. A strategic sourcing team in Houston "
                            + "negotiates framework agreements, project directors choose suppliers within them; the "
                            + "VP Supply Chain is the economic buyer.")
                    .environment("Grid modernisation and federal incentives fund many projects, but their timing "
                            + "depends on permits. Buy-American clauses in public projects favour competitors with "
                            + "US production.")
                    .build()),
            new Profile(10, DemoPattern.NEW, new Account.Builder()
                    .name("Energías Renovables del Cantábrico S.L.").type(AccountType.PROSPECT)
                    .industry("Energy").country("Spain").region("Cantabria")
                    .employees(640).annualRevenue(new BigDecimal("410000000.00")).currency("EUR")
                    .website("https://www.energias-cantabrico.es")
                    .owner("Carmen Ortega").team("Carmen Ortega, Sophie Martin")
                    .history("Founded in Santander in 2011 to develop onshore wind farms; since 2022 it also builds "
                            + "green-hydrogen electrolysers. It placed its first trial orders with us only recently, "
                            + "after its incumbent supplier missed delivery dates for hydrogen compressors.")
                    .structure("Owned by a regional utility (51 %) and an infrastructure fund. A lean organisation: "
                            + "the Director of Operations and the CFO choose suppliers together, engineering "
                            + "validates them technically.")
                    .environment("European and Spanish hydrogen funding finances a 500 MW electrolyser programme "
                            + "until 2030, and the utility owner backs its solvency. The incumbent supplier still "
                            + "holds a framework agreement until the end of next year.")
                    .build()),
            new Profile(14, DemoPattern.IRREGULAR, new Account.Builder()
                    .name("Lefèvre Chimie Fine SA").type(AccountType.EXPERT)
                    .industry("Chemicals").country("France").region("Auvergne-Rhône-Alpes")
                    .employees(1_850).annualRevenue(new BigDecimal("780000000.00")).currency("EUR")
                    .website("https://www.lefevre-chimiefine.fr")
                    .owner("Thomas Brenner").team("Thomas Brenner, Anna Keller")
                    .history("Specialty chemicals maker from Lyon, founded in 1936. Its engineers test every valve "
                            + "and seal we offer under real process conditions and publish their findings in the "
                            + "industry association; their complaints made us redesign our PTFE seal line in 2022.")
                    .structure("Subsidiary of a family holding. A central engineering department in Lyon sets the "
                            + "technical standards for all five plants and purchasing executes; the Head of "
                            + "Reliability Engineering is the key technical buyer and can veto any supplier.")
                    .environment("Seveso III safety rules and REACH make equipment reliability critical; Lefèvre "
                            + "benchmarks its suppliers every year and shares the ranking with its peers. High "
                            + "energy prices have squeezed its margins since 2022.")
                    .build()),
            new Profile(27, DemoPattern.REGULAR, new Account.Builder()
                    .name("Nordvik Medical AB").type(AccountType.IMAGE_MAKER)
                    .industry("Healthcare").country("Sweden").region("Västra Götaland")
                    .employees(4_100).annualRevenue(new BigDecimal("16000000000.00")).currency("SEK")
                    .website("https://www.nordvikmedical.se")
                    .owner("Sophie Martin").team("Sophie Martin, Anna Keller")
                    .history("Founded in Gothenburg in 1952; the world leader in sterilisation and infection "
                            + "control equipment for hospitals. It buys filtration and valves from us for its "
                            + "production lines, and its name on our reference list opens doors at other medical "
                            + "device makers.")
                    .structure("Listed company. Group purchasing in Gothenburg has a category manager per "
                            + "commodity, and quality assurance must approve every change of supplier (ISO 13485).")
                    .environment("Strict regulation (EU MDR) makes supplier changes slow and expensive, which "
                            + "protects incumbents. Growth comes from Asia; hospital procurement presses on costs.")
                    .build()));

    private DemoAccounts() {
    }
}
