// Word lists for the synthetic corpus, written for this project (not copied
// from any dataset). Kept as whitespace- or newline-separated strings because
// that is compact to read and edit; `words()` splits them once at load.

const words = (s) => s.trim().split(/\s+/);
const csv = (s) => s.split(', ');
const lines = (s) => s.trim().split('\n').map((l) => l.trim()).filter(Boolean);

// First names of varied origins, split by the pronoun the text uses for them.
export const FEMALE = words(`
Ana Maria Lucia Elena Isabel Carmen Beatriz Inês Marta Clara Laura Paula Teresa Rosa Julia Camila
Valentina Gabriela Daniela Fernanda Mariana Adriana Patricia Catarina Helena Joana Leonor Marguerite Camille
Amélie Claire Élodie Sophie Chloé Juliette Manon Léa Anna Katarzyna Agnieszka Magdalena Zofia Olena Iryna
Natalia Oksana Svetlana Tatiana Yulia Irina Ekaterina Anastasia Ingrid Astrid Freya Sigrid Liv Maja Elin
Karin Hanna Greta Ursula Petra Monika Sabine Katrin Johanna Eva Lena Emma Olivia Charlotte Amelia Grace
Eleanor Harriet Rebecca Sarah Rachel Hannah Deborah Miriam Leila Yasmin Fatima Aisha Nadia Samira Layla
Zeynep Elif Ayşe Meryem Amara Chiamaka Ngozi Adaeze Funmilayo Wanjiru Akinyi Amina Zanele Thandiwe Nomvula
Abena Ama Priya Ananya Kavya Deepika Lakshmi Sunita Meera Aarti Mei Xiu Yan Hua Jing Yuki Haruka Sakura
Aiko Minji Seo-yeon Ji-woo Linh Thuy Siti Nurul Dewi Maya Noa Tamar Shira Rania Dalia Salma Farah
Mariam Gulnara Aigerim Dilnoza Aroha Isla Niamh Aoife Siobhan Mairead Bronwyn Carys Rhiannon Ximena
Guadalupe Luz Pilar Rocío Consuelo Marisol Graciela Esperanza Dolores Renata Bianca Giulia Chiara
Francesca Alessia Federica Silvia Ilaria Roberta
`);

export const MALE = words(`
João Pedro Miguel Tiago Rui Luís Carlos José Antonio Manuel Javier Alejandro Diego Pablo Sergio Andrés
Mateo Rafael Fernando Ricardo Eduardo Gustavo Marcelo Rodrigo Felipe Jean Pierre Louis Antoine Étienne
Julien Nicolas Olivier Mathieu Thierry Hans Klaus Jürgen Stefan Matthias Tobias Florian Lukas Dieter
Wolfgang Piotr Tomasz Marek Krzysztof Paweł Andriy Oleksandr Dmytro Serhiy Mykola Vladimir Sergei Dmitri
Alexei Mikhail Nikolai Lars Anders Erik Nils Magnus Sven Bjørn Henrik Mikael Jonas Giovanni Marco Luca
Matteo Alessandro Francesco Giuseppe Lorenzo Paolo Stefano James William Thomas Henry Oliver Edward
Daniel Michael David Samuel Benjamin Jacob Nathan Ahmed Mohammed Omar Youssef Karim Hassan Khalid Tariq
Rashid Mustafa Emre Mehmet Burak Kemal Oğuz Chinedu Emeka Oluwaseun Tunde Kwame Kofi Yaw Jomo Thabo
Sipho Mandla Tendai Arjun Rahul Vikram Sanjay Rajesh Anil Suresh Aditya Wei Jun Hao Ming Lei Tao
Hiroshi Takeshi Kenji Haruto Daisuke Min-jun Ji-ho Seung Minh Duc Tuan Budi Agus Rizal Ariel Eitan
Yosef Avi Nikos Giorgos Dimitris Yannis Ivan Petar Goran Nenad Bogdan Andrei Mihai Vlad Attila Zoltán
Gábor László Tamás Rustam Timur Arman Ciarán Seamus Padraig Eoin Rhys Gareth Dafydd Wiremu Hamza
Bilal Idris Ibrahim Yusuf Joaquín Ignacio Gonzalo Emilio Hugo Raúl Lucas Gabriel Arturo Víctor
`);

// Surnames. None of them is also a place name in PLACES below, so a tagger's
// person/place confusions in the benchmark come from context, not from us.
export const SURNAMES = words(`
Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Almeida Carvalho Gomes Ribeiro Lopes Marques
García Fernández González Martínez López Sánchez Pérez Ramírez Torres Flores Morales Castillo Ortega
Delgado Navarro Herrera Medina Vargas Romero Dubois Lefèvre Moreau Laurent Girard Bonnet Fontaine
Rousseau Mercier Chevalier Morel Gauthier Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker
Hoffmann Schulz Koch Richter Zimmermann Braun Krüger Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński
Lewandowski Zieliński Szymański Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Petrenko
Ivanov Smirnov Kuznetsov Popov Volkov Sokolov Morozov Lebedev Novikov Andersson Johansson Karlsson Nilsson
Eriksson Larsson Lindqvist Berg Hansen Johansen Pedersen Nielsen Jensen Christensen Haugen Halvorsen Rossi
Russo Ferrari Esposito Bianchi Romano Ricci Marino Greco Gallo Conti Smith Johnson Williams
Brown Jones Taylor Wilson Evans Thompson Walker Robinson Wright Hughes Harrison Clarke Bennett Fletcher
Hamilton Sutherland Murphy Kelly O'Brien O'Sullivan Byrne Walsh Gallagher Doyle McCarthy Kennedy
Al-Rashid Haddad Khalil Mansour Nasser Saleh Hamdan Farouk Abboud Yilmaz Kaya Demir Şahin Çelik Yıldız
Öztürk Aydın Arslan Doğan Okafor Adeyemi Okonkwo Nwosu Balogun Eze Mensah Boateng Owusu Asante Kamau
Otieno Mwangi Odhiambo Wanjala Ndlovu Dlamini Nkosi Khumalo Moyo Mokoena Patel Sharma Gupta Singh Iyer
Reddy Nair Mehta Chatterjee Banerjee Kapoor Rao Wang Zhang Liu Chen Yang Huang Zhao Zhou Sato Suzuki
Takahashi Tanaka Watanabe Yamamoto Nakamura Kobayashi Kim Park Choi Jung Kang Nguyen Tran Pham Hoang
Santoso Wijaya Hidayat Cohen Levi Mizrahi Friedman Katz Papadopoulos Georgiou Nikolaidis Alexiou Petrović
Jovanović Novak Horvat Kovačević Popescu Ionescu Dumitru Nagy Kovács Tóth Szabó Horváth Novotný Svoboda
Dvořák Černý Yusupov Karimov Murray MacLeod Campbell Stewart Fraser Jenkins Morgan Price Davies Ngata
Parata Reyes Cruz Bautista Aquino Villanueva Rahman Hossain Chowdhury Akhtar Qureshi Malik Hussain Khan
Okoye Achebe Diallo Traoré Keita Coulibaly Ouédraogo Haile Tesfaye Bekele Girma Alemu Lindgren Virtanen
Korhonen Mäkinen Jansen Vermeulen Bakker Visser Smit Peeters Janssens Maes Lambert Fournier Castro Rojas
Guerrero Aguilar Salazar Cabrera Espinoza Fuentes Acosta Molina Ibáñez Vidal Serrano Blanco Soler
`);

// Real cities with their countries, one "City, Country" a line; the first
// city listed for a country is its capital. Countries whose English name takes
// "the" are marked with a leading "the ".
export const CITY_LINES = lines(`
Lisbon, Portugal
Porto, Portugal
Coimbra, Portugal
Faro, Portugal
Madrid, Spain
Barcelona, Spain
Valencia, Spain
Seville, Spain
Bilbao, Spain
Málaga, Spain
Zaragoza, Spain
Paris, France
Marseille, France
Lyon, France
Toulouse, France
Bordeaux, France
Lille, France
Nantes, France
Strasbourg, France
Berlin, Germany
Hamburg, Germany
Munich, Germany
Cologne, Germany
Frankfurt, Germany
Stuttgart, Germany
Leipzig, Germany
Dresden, Germany
Rome, Italy
Milan, Italy
Naples, Italy
Turin, Italy
Palermo, Italy
Bologna, Italy
Florence, Italy
Venice, Italy
Genoa, Italy
London, the United Kingdom
Manchester, the United Kingdom
Birmingham, the United Kingdom
Glasgow, the United Kingdom
Edinburgh, the United Kingdom
Liverpool, the United Kingdom
Bristol, the United Kingdom
Cardiff, the United Kingdom
Belfast, the United Kingdom
Dublin, Ireland
Cork, Ireland
Galway, Ireland
Amsterdam, the Netherlands
Rotterdam, the Netherlands
Utrecht, the Netherlands
The Hague, the Netherlands
Brussels, Belgium
Antwerp, Belgium
Ghent, Belgium
Luxembourg, Luxembourg
Bern, Switzerland
Zurich, Switzerland
Geneva, Switzerland
Basel, Switzerland
Vienna, Austria
Salzburg, Austria
Graz, Austria
Copenhagen, Denmark
Aarhus, Denmark
Oslo, Norway
Bergen, Norway
Trondheim, Norway
Stockholm, Sweden
Gothenburg, Sweden
Malmö, Sweden
Helsinki, Finland
Tampere, Finland
Reykjavik, Iceland
Warsaw, Poland
Krakow, Poland
Gdansk, Poland
Wroclaw, Poland
Poznan, Poland
Prague, the Czech Republic
Brno, the Czech Republic
Bratislava, Slovakia
Budapest, Hungary
Debrecen, Hungary
Bucharest, Romania
Cluj-Napoca, Romania
Sofia, Bulgaria
Plovdiv, Bulgaria
Athens, Greece
Thessaloniki, Greece
Belgrade, Serbia
Novi Sad, Serbia
Zagreb, Croatia
Split, Croatia
Ljubljana, Slovenia
Sarajevo, Bosnia
Tirana, Albania
Skopje, North Macedonia
Podgorica, Montenegro
Kyiv, Ukraine
Kharkiv, Ukraine
Odesa, Ukraine
Lviv, Ukraine
Dnipro, Ukraine
Zaporizhzhia, Ukraine
Chisinau, Moldova
Minsk, Belarus
Vilnius, Lithuania
Riga, Latvia
Tallinn, Estonia
Moscow, Russia
St. Petersburg, Russia
Novosibirsk, Russia
Kazan, Russia
Tbilisi, Georgia
Yerevan, Armenia
Baku, Azerbaijan
Ankara, Turkey
Istanbul, Turkey
Izmir, Turkey
Antalya, Turkey
Nicosia, Cyprus
Valletta, Malta
Washington, the United States
New York, the United States
Los Angeles, the United States
Chicago, the United States
Houston, the United States
Phoenix, the United States
Philadelphia, the United States
San Francisco, the United States
Seattle, the United States
Boston, the United States
Miami, the United States
Atlanta, the United States
Denver, the United States
Detroit, the United States
New Orleans, the United States
Ottawa, Canada
Toronto, Canada
Montreal, Canada
Vancouver, Canada
Calgary, Canada
Winnipeg, Canada
Mexico City, Mexico
Guadalajara, Mexico
Monterrey, Mexico
Tijuana, Mexico
Guatemala City, Guatemala
Tegucigalpa, Honduras
San Salvador, El Salvador
Managua, Nicaragua
San José, Costa Rica
Panama City, Panama
Havana, Cuba
Santo Domingo, the Dominican Republic
Port-au-Prince, Haiti
Kingston, Jamaica
Bogotá, Colombia
Medellín, Colombia
Cali, Colombia
Cartagena, Colombia
Caracas, Venezuela
Maracaibo, Venezuela
Quito, Ecuador
Guayaquil, Ecuador
Lima, Peru
Arequipa, Peru
Cusco, Peru
La Paz, Bolivia
Santa Cruz, Bolivia
Santiago, Chile
Valparaíso, Chile
Buenos Aires, Argentina
Córdoba, Argentina
Rosario, Argentina
Mendoza, Argentina
Montevideo, Uruguay
Asunción, Paraguay
Brasília, Brazil
São Paulo, Brazil
Rio de Janeiro, Brazil
Salvador, Brazil
Recife, Brazil
Belo Horizonte, Brazil
Porto Alegre, Brazil
Manaus, Brazil
Cairo, Egypt
Alexandria, Egypt
Tripoli, Libya
Tunis, Tunisia
Algiers, Algeria
Oran, Algeria
Rabat, Morocco
Casablanca, Morocco
Marrakesh, Morocco
Dakar, Senegal
Bamako, Mali
Niamey, Niger
Ouagadougou, Burkina Faso
Abidjan, Ivory Coast
Accra, Ghana
Kumasi, Ghana
Lomé, Togo
Abuja, Nigeria
Lagos, Nigeria
Kano, Nigeria
Ibadan, Nigeria
Port Harcourt, Nigeria
Yaoundé, Cameroon
Douala, Cameroon
Kinshasa, Congo
Goma, Congo
Luanda, Angola
Khartoum, Sudan
Juba, South Sudan
Addis Ababa, Ethiopia
Asmara, Eritrea
Mogadishu, Somalia
Nairobi, Kenya
Mombasa, Kenya
Kisumu, Kenya
Kampala, Uganda
Kigali, Rwanda
Dodoma, Tanzania
Dar es Salaam, Tanzania
Lusaka, Zambia
Harare, Zimbabwe
Maputo, Mozambique
Lilongwe, Malawi
Windhoek, Namibia
Gaborone, Botswana
Pretoria, South Africa
Johannesburg, South Africa
Cape Town, South Africa
Durban, South Africa
Antananarivo, Madagascar
Riyadh, Saudi Arabia
Jeddah, Saudi Arabia
Abu Dhabi, the United Arab Emirates
Dubai, the United Arab Emirates
Doha, Qatar
Kuwait City, Kuwait
Manama, Bahrain
Muscat, Oman
Sanaa, Yemen
Aden, Yemen
Amman, Jordan
Beirut, Lebanon
Damascus, Syria
Aleppo, Syria
Baghdad, Iraq
Basra, Iraq
Erbil, Iraq
Tehran, Iran
Isfahan, Iran
Jerusalem, Israel
Tel Aviv, Israel
Haifa, Israel
Kabul, Afghanistan
Kandahar, Afghanistan
Islamabad, Pakistan
Karachi, Pakistan
Lahore, Pakistan
New Delhi, India
Mumbai, India
Bengaluru, India
Chennai, India
Kolkata, India
Hyderabad, India
Ahmedabad, India
Pune, India
Jaipur, India
Dhaka, Bangladesh
Chittagong, Bangladesh
Kathmandu, Nepal
Colombo, Sri Lanka
Thimphu, Bhutan
Astana, Kazakhstan
Almaty, Kazakhstan
Tashkent, Uzbekistan
Samarkand, Uzbekistan
Bishkek, Kyrgyzstan
Dushanbe, Tajikistan
Beijing, China
Shanghai, China
Guangzhou, China
Shenzhen, China
Chengdu, China
Wuhan, China
Xi'an, China
Hong Kong, China
Taipei, Taiwan
Kaohsiung, Taiwan
Tokyo, Japan
Osaka, Japan
Kyoto, Japan
Yokohama, Japan
Sapporo, Japan
Fukuoka, Japan
Seoul, South Korea
Busan, South Korea
Incheon, South Korea
Pyongyang, North Korea
Ulaanbaatar, Mongolia
Hanoi, Vietnam
Ho Chi Minh City, Vietnam
Da Nang, Vietnam
Bangkok, Thailand
Chiang Mai, Thailand
Phnom Penh, Cambodia
Vientiane, Laos
Naypyidaw, Myanmar
Yangon, Myanmar
Kuala Lumpur, Malaysia
Penang, Malaysia
Singapore, Singapore
Jakarta, Indonesia
Surabaya, Indonesia
Bandung, Indonesia
Manila, the Philippines
Cebu, the Philippines
Davao, the Philippines
Canberra, Australia
Sydney, Australia
Melbourne, Australia
Brisbane, Australia
Perth, Australia
Adelaide, Australia
Wellington, New Zealand
Auckland, New Zealand
Christchurch, New Zealand
Suva, Fiji
Port Moresby, Papua New Guinea
`);

// Organisations: neither people nor places. A mix of real international
// bodies and invented companies, so a recognizer has to tell them apart from
// the person and place names around them.
export const ORGS = lines(`
the United Nations
the World Health Organization
the International Monetary Fund
the World Bank
NATO
the European Commission
the Red Cross
Amnesty International
Human Rights Watch
Greenpeace
Doctors Without Borders
the World Food Programme
UNICEF
the African Union
OPEC
the International Energy Agency
the World Trade Organization
the International Criminal Court
Transparency International
the Committee to Protect Journalists
Meridian Freight
Northwind Energy
Solara Power
Atlas Mining
Bluewater Shipping
Helix Biotech
Kestrel Airlines
Vantage Telecom
Orion Motors
Cobalt Ridge Capital
Tidewater Ports
Granite Peak Insurance
Silverline Rail
Evergreen Foods
Lumen Systems
Harborlight Pharmaceuticals
Quartz Data
Pinnacle Steel
Redwood Analytics
Sterling & Vance
Brightwater Utilities
Corvid Security
Nimbus Cloud
Ironbridge Construction
Saffron Hotels
Polar Logistics
the Global Climate Fund
the Center for Fiscal Studies
the Institute for Public Policy
the Open Markets Forum
the National Farmers Union
the Dockworkers Federation
the Teachers Union
the Medical Association
the Chamber of Commerce
the Federation of Small Businesses
`);

// Topics drive the vocabulary of an article so its sentences hang together.
// noun: things the story is about; event: headline nouns; verbs for headlines.
export const TOPICS = {
  diplomacy: {
    nouns: csv('sanctions, treaties, ceasefires, border disputes, visas, arms exports'),
    phrases: lines(`
      the ceasefire talks
      the proposed trade agreement
      new sanctions
      the border dispute
      the prisoner exchange
      the peace plan
      the visa agreement
      the joint declaration
    `),
    heads: words('talks summit ceasefire sanctions treaty envoy deal'),
  },
  economy: {
    nouns: csv('inflation, wages, tariffs, public debt, pensions, taxes'),
    phrases: lines(`
      the budget deficit
      rising food prices
      the new tariffs
      the pension reform
      the minimum wage increase
      the fuel subsidy
      the debt restructuring
      interest rates
    `),
    heads: words('budget tariffs inflation wages pensions markets debt'),
  },
  climate: {
    nouns: csv('drought, flooding, emissions, wildfires, water shortages, coastal erosion'),
    phrases: lines(`
      the drought
      the flood defenses
      water rationing
      the heat wave
      the coal phaseout
      the wildfire season
      the emissions target
      the new dam
    `),
    heads: words('drought floods heat wildfires water emissions storm'),
  },
  health: {
    nouns: csv('vaccines, hospital funding, staffing shortages, drug prices'),
    phrases: lines(`
      the measles outbreak
      the vaccination campaign
      hospital waiting lists
      the shortage of nurses
      the new cancer center
      drug prices
      the mental health plan
      the cholera cases
    `),
    heads: words('outbreak hospitals vaccines nurses clinics doctors'),
  },
  politics: {
    nouns: csv('electoral reform, campaign finance, term limits, corruption'),
    phrases: lines(`
      the snap election
      the coalition talks
      the constitutional reform
      the no-confidence vote
      the corruption inquiry
      the new electoral law
      the cabinet reshuffle
      the referendum
    `),
    heads: words('election coalition vote reform inquiry cabinet referendum'),
  },
  transport: {
    nouns: csv('rail fares, port capacity, airport noise, road safety'),
    phrases: lines(`
      the dock strike
      the new rail line
      the airport expansion
      the bridge repairs
      the metro extension
      fare increases
      the ferry service
      the port closure
    `),
    heads: words('strike port rail airport ferry metro bridge'),
  },
  technology: {
    nouns: csv('data privacy, chips, broadband, cybersecurity, online safety'),
    phrases: lines(`
      the data breach
      the chip factory
      the broadband rollout
      the new privacy law
      the cyberattack
      the satellite launch
      the artificial intelligence rules
      the 5G auction
    `),
    heads: words('hackers chips broadband privacy satellite startups'),
  },
  culture: {
    nouns: csv('arts funding, heritage protection, museum access, film subsidies'),
    phrases: lines(`
      the film festival
      the museum reopening
      the book fair
      the restored cathedral
      the jazz festival
      the looted artifacts
      the new opera house
      the literary prize
    `),
    heads: words('festival museum exhibition prize concert artifacts'),
  },
  sport: {
    nouns: csv('stadium safety, ticket prices, doping, player transfers'),
    phrases: lines(`
      the cup final
      the league title
      the new stadium
      the doping investigation
      the transfer window
      the marathon
      the qualifying match
      the world championships
    `),
    heads: words('final title stadium marathon coach league'),
  },
};

export const HEAD_VERBS = words(`
stall resume collapse advance falter widen ease deepen spread return grow slow stir
`);

// Verbs in past tense for narrative sentences ("X announced ...").
export const SAID_VERBS = words('said added noted insisted warned argued acknowledged explained suggested');
export const ACTION_VERBS = lines(`
announced
criticized
defended
rejected
welcomed
questioned
postponed
approved
promised to review
called for an inquiry into
pledged new funding for
signaled support for
raised concerns about
`);

// Building blocks for filler sentences: they carry no entities, only the
// ordinary connective tissue of news prose.
// Adjectives that fit "the ___ debate" and "the changes had been ___".
export const ADJ = words(`
lengthy tense heated renewed bitter public fierce familiar costly painful overdue slow
`);
export const GROUPS = lines(`
residents
officials
analysts
business owners
farmers
local leaders
union members
diplomats
economists
students
opposition lawmakers
aid workers
community groups
investors
commuters
`);
export const FILLER_CLAUSES = lines(`
it was not immediately clear how the plan would be financed
the details had not been made public
several questions remained unanswered
the figures were expected to be revised
the decision could still be challenged in court
the measure would take months to put into effect
the government had not responded to requests for comment
it was unclear whether the deadline would be met
the matter was likely to come up again
similar proposals had failed in the past
the vote had been delayed twice
no timetable had been set
the costs had grown considerably
the effects would be felt for years
negotiators were still far apart on key issues
the program had broad public support
the changes did not go far enough
the final report was due later in the year
`);
export const QUOTE_BODIES = lines(`
We are not going to accept a deal that leaves people worse off
This is a turning point, and we cannot waste it
Nobody expected things to move this quickly
We have been asking for this for years
The numbers speak for themselves
It is too early to say whether this will work
People are tired of promises
We will keep working until there is an agreement
There is no simple answer here
The situation on the ground is changing every day
This is about trust, and trust has to be earned
We need to be honest about the costs
I have never seen anything like it
Our priority is to keep people safe
Everyone at the table knows what is at stake
We did what we said we would do
There are still a lot of questions
The door is open, but time is running out
`);
export const OCCUPATIONS = words(`
teacher nurse engineer shopkeeper farmer driver student accountant electrician fisherman
pharmacist retiree baker mechanic architect translator carpenter cleaner
`);
export const AGENCIES = ['Reuters', 'AP', 'AFP', 'News Lens Wire'];
