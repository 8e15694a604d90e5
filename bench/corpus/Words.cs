namespace Hubwatch.Bench.Corpus;

/// <summary>The fixed vocabularies the corpus is drawn from: real places, provinces and ministries; made-up organisations.</summary>
public static class Words
{
    public static readonly Province[] Provinces =
    [
        new("busan", "부산", "Busan", "부산광역시", "Busan Metropolitan City", "부산시"),
        new("daegu", "대구", "Daegu", "대구광역시", "Daegu Metropolitan City", "대구시"),
        new("incheon", "인천", "Incheon", "인천광역시", "Incheon Metropolitan City", "인천시"),
        new("gwangju", "광주", "Gwangju", "광주광역시", "Gwangju Metropolitan City", "광주시"),
        new("daejeon", "대전", "Daejeon", "대전광역시", "Daejeon Metropolitan City", "대전시"),
        new("ulsan", "울산", "Ulsan", "울산광역시", "Ulsan Metropolitan City", "울산시"),
        new("sejong", "세종", "Sejong", "세종특별자치시", "Sejong Special Self-Governing City", "세종시"),
        new("gyeonggi", "경기", "Gyeonggi", "경기도", "Gyeonggi Province", "경기도청"),
        new("gangwon", "강원", "Gangwon", "강원특별자치도", "Gangwon State", "강원도"),
        new("chungbuk", "충북", "Chungbuk", "충청북도", "North Chungcheong Province", "충북도"),
        new("chungnam", "충남", "Chungnam", "충청남도", "South Chungcheong Province", "충남도"),
        new("jeonbuk", "전북", "Jeonbuk", "전북특별자치도", "Jeonbuk State", "전북도"),
        new("jeonnam", "전남", "Jeonnam", "전라남도", "South Jeolla Province", "전남도"),
        new("gyeongbuk", "경북", "Gyeongbuk", "경상북도", "North Gyeongsang Province", "경북도"),
        new("gyeongnam", "경남", "Gyeongnam", "경상남도", "South Gyeongsang Province", "경남도"),
        new("jeju", "제주", "Jeju", "제주특별자치도", "Jeju Special Self-Governing Province", "제주도"),
    ];

    public static readonly Place[] Places =
    [
        new("부산", "Busan", "busan", "busan", 35.18, 129.08, PlaceKind.Metro),
        new("대구", "Daegu", "daegu", "daegu", 35.87, 128.60, PlaceKind.Metro),
        new("인천", "Incheon", "incheon", "incheon", 37.46, 126.70, PlaceKind.Metro),
        new("광주", "Gwangju", "gwangju", "gwangju", 35.16, 126.85, PlaceKind.Metro),
        new("대전", "Daejeon", "daejeon", "daejeon", 36.35, 127.38, PlaceKind.Metro),
        new("울산", "Ulsan", "ulsan", "ulsan", 35.54, 129.31, PlaceKind.Metro),
        new("세종", "Sejong", "sejong", "sejong", 36.48, 127.29, PlaceKind.Metro),
        new("수원", "Suwon", "suwon", "gyeonggi", 37.26, 127.03, PlaceKind.City),
        new("성남", "Seongnam", "seongnam", "gyeonggi", 37.42, 127.13, PlaceKind.City),
        new("고양", "Goyang", "goyang", "gyeonggi", 37.66, 126.83, PlaceKind.City),
        new("용인", "Yongin", "yongin", "gyeonggi", 37.24, 127.18, PlaceKind.City),
        new("화성", "Hwaseong", "hwaseong", "gyeonggi", 37.20, 126.83, PlaceKind.City),
        new("안산", "Ansan", "ansan", "gyeonggi", 37.32, 126.83, PlaceKind.City),
        new("평택", "Pyeongtaek", "pyeongtaek", "gyeonggi", 36.99, 127.11, PlaceKind.City),
        new("파주", "Paju", "paju", "gyeonggi", 37.76, 126.78, PlaceKind.City),
        new("시흥", "Siheung", "siheung", "gyeonggi", 37.38, 126.80, PlaceKind.City),
        new("춘천", "Chuncheon", "chuncheon", "gangwon", 37.88, 127.73, PlaceKind.City),
        new("원주", "Wonju", "wonju", "gangwon", 37.34, 127.92, PlaceKind.City),
        new("강릉", "Gangneung", "gangneung", "gangwon", 37.75, 128.88, PlaceKind.City),
        new("동해", "Donghae", "donghae", "gangwon", 37.52, 129.11, PlaceKind.City),
        new("삼척", "Samcheok", "samcheok", "gangwon", 37.45, 129.17, PlaceKind.City),
        new("청주", "Cheongju", "cheongju", "chungbuk", 36.64, 127.49, PlaceKind.City),
        new("충주", "Chungju", "chungju", "chungbuk", 36.99, 127.93, PlaceKind.City),
        new("제천", "Jecheon", "jecheon", "chungbuk", 37.13, 128.19, PlaceKind.City),
        new("진천", "Jincheon", "jincheon", "chungbuk", 36.86, 127.44, PlaceKind.County),
        new("음성", "Eumseong", "eumseong", "chungbuk", 36.94, 127.69, PlaceKind.County),
        new("천안", "Cheonan", "cheonan", "chungnam", 36.81, 127.11, PlaceKind.City),
        new("아산", "Asan", "asan", "chungnam", 36.79, 127.00, PlaceKind.City),
        new("서산", "Seosan", "seosan", "chungnam", 36.78, 126.45, PlaceKind.City),
        new("당진", "Dangjin", "dangjin", "chungnam", 36.89, 126.63, PlaceKind.City),
        new("홍성", "Hongseong", "hongseong", "chungnam", 36.60, 126.66, PlaceKind.County),
        new("논산", "Nonsan", "nonsan", "chungnam", 36.19, 127.10, PlaceKind.City),
        new("전주", "Jeonju", "jeonju", "jeonbuk", 35.82, 127.15, PlaceKind.City),
        new("군산", "Gunsan", "gunsan", "jeonbuk", 35.97, 126.74, PlaceKind.City),
        new("익산", "Iksan", "iksan", "jeonbuk", 35.95, 126.96, PlaceKind.City),
        new("완주", "Wanju", "wanju", "jeonbuk", 35.90, 127.16, PlaceKind.County),
        new("정읍", "Jeongeup", "jeongeup", "jeonbuk", 35.57, 126.86, PlaceKind.City),
        new("목포", "Mokpo", "mokpo", "jeonnam", 34.81, 126.39, PlaceKind.City),
        new("여수", "Yeosu", "yeosu", "jeonnam", 34.76, 127.66, PlaceKind.City),
        new("순천", "Suncheon", "suncheon", "jeonnam", 34.95, 127.49, PlaceKind.City),
        new("광양", "Gwangyang", "gwangyang", "jeonnam", 34.94, 127.70, PlaceKind.City),
        new("나주", "Naju", "naju", "jeonnam", 35.02, 126.71, PlaceKind.City),
        new("영암", "Yeongam", "yeongam", "jeonnam", 34.80, 126.70, PlaceKind.County),
        new("포항", "Pohang", "pohang", "gyeongbuk", 36.02, 129.34, PlaceKind.City),
        new("경주", "Gyeongju", "gyeongju", "gyeongbuk", 35.86, 129.22, PlaceKind.City),
        new("구미", "Gumi", "gumi", "gyeongbuk", 36.12, 128.34, PlaceKind.City),
        new("안동", "Andong", "andong", "gyeongbuk", 36.57, 128.73, PlaceKind.City),
        new("김천", "Gimcheon", "gimcheon", "gyeongbuk", 36.14, 128.11, PlaceKind.City),
        new("경산", "Gyeongsan", "gyeongsan", "gyeongbuk", 35.83, 128.74, PlaceKind.City),
        new("영주", "Yeongju", "yeongju", "gyeongbuk", 36.81, 128.62, PlaceKind.City),
        new("창원", "Changwon", "changwon", "gyeongnam", 35.23, 128.68, PlaceKind.City),
        new("김해", "Gimhae", "gimhae", "gyeongnam", 35.23, 128.89, PlaceKind.City),
        new("진주", "Jinju", "jinju", "gyeongnam", 35.18, 128.11, PlaceKind.City),
        new("양산", "Yangsan", "yangsan", "gyeongnam", 35.34, 129.04, PlaceKind.City),
        new("거제", "Geoje", "geoje", "gyeongnam", 34.88, 128.62, PlaceKind.City),
        new("사천", "Sacheon", "sacheon", "gyeongnam", 35.00, 128.06, PlaceKind.City),
        new("통영", "Tongyeong", "tongyeong", "gyeongnam", 34.85, 128.43, PlaceKind.City),
        new("밀양", "Miryang", "miryang", "gyeongnam", 35.50, 128.75, PlaceKind.City),
        new("제주", "Jeju", "jeju", "jeju", 33.50, 126.53, PlaceKind.City),
        new("서귀포", "Seogwipo", "seogwipo", "jeju", 33.25, 126.56, PlaceKind.City),
    ];

    public static readonly HubKind[] HubKinds =
    [
        new("혁신도시", "Innovation City", "innovation-city", false),
        new("경제자유구역", "Free Economic Zone", "fez", false),
        new("디지털 혁신거점", "Digital Innovation Hub", "digital-hub", false),
        new("국가산업단지", "National Industrial Complex", "national-complex", true),
        new("테크노밸리", "Techno Valley", "techno-valley", false),
        new("규제자유특구", "Regulation-Free Special Zone", "free-zone", true),
        new("연구개발특구", "R&D Special Zone", "rnd-zone", false),
        new("스마트시티", "Smart City", "smart-city", false),
        new("캠퍼스 혁신파크", "Campus Innovation Park", "campus-park", false),
        new("도심융합특구", "Urban Convergence Zone", "urban-zone", false),
        new("클러스터", "Cluster", "cluster", true),
    ];

    public static readonly Theme[] Themes =
    [
        new("수소", "hydrogen", "hydrogen"),
        new("이차전지", "secondary battery", "battery"),
        new("반도체", "semiconductor", "semiconductor"),
        new("바이오헬스", "bio-health", "bio-health"),
        new("인공지능", "artificial intelligence", "ai"),
        new("데이터", "data", "data"),
        new("클라우드", "cloud", "cloud"),
        new("드론", "drone", "drone"),
        new("로봇", "robotics", "robotics"),
        new("자율주행", "autonomous driving", "autonomous"),
        new("미래차", "future vehicle", "future-car"),
        new("탄소소재", "carbon materials", "carbon"),
        new("해양", "marine", "marine"),
        new("스마트팜", "smart farming", "smart-farm"),
        new("핀테크", "fintech", "fintech"),
        new("콘텐츠", "content", "content"),
        new("우주항공", "aerospace", "aerospace"),
        new("원자력", "nuclear", "nuclear"),
        new("디지털헬스", "digital health", "digital-health"),
        new("메타버스", "metaverse", "metaverse"),
        new("양자", "quantum", "quantum"),
        new("방위산업", "defence", "defence"),
        new("관광", "tourism", "tourism"),
        new("풍력", "wind power", "wind"),
    ];

    public static readonly Facility[] Facilities =
    [
        new("실증센터", "testbed centre", "testbed"),
        new("기업지원센터", "business support centre", "support"),
        new("연구소", "research institute", "institute"),
        new("데이터센터", "data centre", "datacentre"),
        new("인재양성센터", "training centre", "training"),
        new("창업지원센터", "start-up centre", "startup"),
        new("실증단지", "demonstration site", "demo-site"),
        new("플랫폼", "platform", "platform"),
        new("혁신센터", "innovation centre", "innovation"),
        new("시험인증센터", "testing and certification centre", "testing"),
        new("제조혁신센터", "manufacturing innovation centre", "manufacturing"),
        new("공동연구동", "joint research building", "research"),
    ];

    public static readonly Ministry[] Ministries =
    [
        new("과학기술정보통신부", "Ministry of Science and ICT", "과기정통부", "msit", "ministry"),
        new("산업통상자원부", "Ministry of Trade, Industry and Energy", "산업부", "motie", "ministry"),
        new("국토교통부", "Ministry of Land, Infrastructure and Transport", "국토부", "molit", "ministry"),
        new("중소벤처기업부", "Ministry of SMEs and Startups", "중기부", "mss", "ministry"),
        new("기획재정부", "Ministry of Economy and Finance", "기재부", "moef", "ministry"),
        new("행정안전부", "Ministry of the Interior and Safety", "행안부", "mois", "ministry"),
        new("해양수산부", "Ministry of Oceans and Fisheries", "해수부", "mof", "ministry"),
        new("보건복지부", "Ministry of Health and Welfare", "복지부", "mohw", "ministry"),
        new("농림축산식품부", "Ministry of Agriculture, Food and Rural Affairs", "농식품부", "mafra", "ministry"),
        new("문화체육관광부", "Ministry of Culture, Sports and Tourism", "문체부", "mcst", "ministry"),
        new("교육부", "Ministry of Education", "", "moe", "ministry"),
        new("금융위원회", "Financial Services Commission", "금융위", "fsc", "government-committee"),
    ];

    /// <summary>Syllables for made-up Korean brand names, with their romanisation.</summary>
    public static readonly (string Ko, string En)[] Syllables =
    [
        ("한", "han"), ("빛", "bit"), ("누", "nu"), ("리", "ri"), ("온", "on"), ("솔", "sol"), ("별", "byeol"),
        ("새", "sae"), ("봄", "bom"), ("미", "mi"), ("래", "rae"), ("해", "hae"), ("늘", "neul"), ("결", "gyeol"),
        ("윤", "yun"), ("도", "do"), ("담", "dam"), ("슬", "seul"), ("은", "eun"), ("로", "ro"), ("진", "jin"),
        ("현", "hyeon"), ("우", "u"), ("주", "ju"), ("서", "seo"), ("연", "yeon"), ("채", "chae"), ("가", "ga"),
        ("나", "na"), ("다", "da"), ("라", "ra"), ("마", "ma"), ("바", "ba"), ("아", "a"), ("하", "ha"),
        ("태", "tae"), ("준", "jun"), ("영", "yeong"), ("성", "seong"), ("원", "won"),
    ];

    /// <summary>Company-name endings: Korean, English, and what the company does.</summary>
    public static readonly (string Ko, string En, string WhatKo, string WhatEn)[] Industries =
    [
        ("로보틱스", "Robotics", "로봇 부품", "robot parts"),
        ("바이오", "Bio", "바이오 의약품", "biopharmaceuticals"),
        ("에너지", "Energy", "신재생에너지", "renewable energy"),
        ("소프트", "Soft", "소프트웨어", "software"),
        ("모빌리티", "Mobility", "모빌리티 서비스", "mobility services"),
        ("데이터", "Data", "데이터 분석", "data analytics"),
        ("반도체", "Semiconductor", "전력 반도체", "power semiconductors"),
        ("테크", "Tech", "산업용 센서", "industrial sensors"),
        ("솔루션", "Solutions", "클라우드 솔루션", "cloud solutions"),
        ("랩스", "Labs", "인공지능 연구", "AI research"),
        ("시스템즈", "Systems", "제어 시스템", "control systems"),
        ("메디컬", "Medical", "의료기기", "medical devices"),
        ("팜", "Farm", "스마트팜 설비", "smart-farm equipment"),
        ("머티리얼즈", "Materials", "탄소 소재", "carbon materials"),
        ("에어로스페이스", "Aerospace", "위성 부품", "satellite components"),
        ("네트웍스", "Networks", "통신 장비", "network equipment"),
        ("파워", "Power", "연료전지", "fuel cells"),
        ("케미칼", "Chemical", "정밀화학", "fine chemicals"),
        ("인더스트리", "Industries", "정밀 가공", "precision machining"),
        ("디지털", "Digital", "디지털 전환 컨설팅", "digital transformation consulting"),
        ("헬스케어", "Healthcare", "원격 의료", "telemedicine"),
        ("마린", "Marine", "선박 부품", "ship components"),
        ("드론", "Drone", "산업용 드론", "industrial drones"),
        ("일렉트릭", "Electric", "전기차 충전기", "EV chargers"),
        ("클라우드", "Cloud", "클라우드 인프라", "cloud infrastructure"),
        ("자산운용", "Asset Management", "대체투자 자산운용", "alternative-investment asset management"),
        ("건설", "Engineering & Construction", "산업시설 건설", "industrial construction"),
        ("모터스", "Motors", "전기차 부품", "electric-vehicle parts"),
        ("게임즈", "Games", "게임 개발", "game development"),
        ("푸드", "Foods", "식품 가공", "food processing"),
    ];

    /// <summary>Roots of made-up foreign company names, in English and in Korean transliteration.</summary>
    public static readonly (string En, string Ko)[] ForeignRoots =
    [
        ("Nordwind", "노르드윈드"), ("Helix", "헬릭스"), ("Aurora", "오로라"), ("Vertex", "버텍스"), ("Lumen", "루멘"),
        ("Atlas", "아틀라스"), ("Orion", "오리온"), ("Nova", "노바"), ("Summit", "서밋"), ("Apex", "에이펙스"),
        ("Cobalt", "코발트"), ("Zenith", "제니스"), ("Meridian", "메리디안"), ("Sterling", "스털링"), ("Polaris", "폴라리스"),
        ("Titan", "타이탄"), ("Boreal", "보레알"), ("Caspian", "캐스피언"), ("Falcon", "팔콘"), ("Solvay Park", "솔베이파크"),
    ];

    /// <summary>Fields of public institutions and associations.</summary>
    public static readonly (string Ko, string En)[] Fields =
    [
        ("산업기술", "Industrial Technology"), ("에너지", "Energy"), ("정보통신", "ICT"), ("바이오", "Bio"),
        ("해양", "Ocean"), ("로봇", "Robot"), ("콘텐츠", "Content"), ("데이터", "Data"), ("환경", "Environment"),
        ("농업기술", "Agricultural Technology"), ("탄소", "Carbon"), ("수소", "Hydrogen"), ("항공우주", "Aerospace"),
        ("디자인", "Design"), ("관광", "Tourism"), ("소프트웨어", "Software"), ("자동차", "Automotive"),
    ];

    public static readonly (string Ko, string En)[] Countries =
    [
        ("노르웨이", "Norway"), ("덴마크", "Denmark"), ("네덜란드", "the Netherlands"), ("핀란드", "Finland"),
        ("스웨덴", "Sweden"), ("독일", "Germany"), ("프랑스", "France"), ("캐나다", "Canada"), ("호주", "Australia"),
        ("뉴질랜드", "New Zealand"), ("싱가포르", "Singapore"), ("이스라엘", "Israel"), ("스위스", "Switzerland"),
        ("오스트리아", "Austria"), ("벨기에", "Belgium"), ("아일랜드", "Ireland"), ("스페인", "Spain"), ("이탈리아", "Italy"),
        ("폴란드", "Poland"), ("체코", "Czechia"), ("베트남", "Vietnam"), ("인도네시아", "Indonesia"), ("칠레", "Chile"),
        ("아랍에미리트", "the United Arab Emirates"), ("사우디아라비아", "Saudi Arabia"),
    ];

    public static readonly (string Ko, string En, string Slug)[] InternationalOrganisations =
    [
        ("경제협력개발기구", "Organisation for Economic Co-operation and Development", "oecd"),
        ("유엔개발계획", "United Nations Development Programme", "undp"),
        ("글로벌녹색성장연구소", "Global Green Growth Institute", "gggi"),
        ("아시아개발은행", "Asian Development Bank", "adb"),
        ("국제에너지기구", "International Energy Agency", "iea"),
        ("세계은행그룹", "World Bank Group", "world-bank-group"),
        ("유엔산업개발기구", "United Nations Industrial Development Organization", "unido"),
        ("국제전기통신연합", "International Telecommunication Union", "itu"),
    ];

    public static readonly (string Ko, string En, string Slug)[] Committees =
    [
        ("디지털플랫폼정부위원회", "Digital Platform Government Committee", "digital-platform-government-committee"),
        ("지방시대위원회", "Presidential Committee for Regional Era", "regional-era-committee"),
        ("국가균형발전위원회", "Presidential Committee for Balanced National Development", "balanced-development-committee"),
        ("탄소중립녹색성장위원회", "Carbon Neutrality and Green Growth Commission", "carbon-neutrality-commission"),
        ("국가데이터정책위원회", "National Data Policy Committee", "data-policy-committee"),
    ];

    public static readonly (string Ko, string En)[] NewsPublishers =
    [
        ("세계일보", "Segye Ilbo"), ("머니투데이", "Money Today"), ("연합뉴스", "Yonhap News Agency"), ("전자신문", "Electronic Times"),
        ("한국경제", "Korea Economic Daily"), ("부산일보", "Busan Ilbo"), ("매일신문", "Maeil Shinmun"), ("전북일보", "Jeonbuk Ilbo"),
        ("경남신문", "Gyeongnam Shinmun"), ("강원일보", "Kangwon Ilbo"), ("충청투데이", "Chungcheong Today"), ("광주일보", "Kwangju Ilbo"),
        ("경인일보", "Kyeongin Ilbo"), ("제주일보", "Jeju Ilbo"), ("대전일보", "Daejeon Ilbo"),
    ];

    /// <summary>What a party to an agreement undertakes: Korean clause (object form) and English.</summary>
    public static readonly (string Ko, string En)[] Roles =
    [
        ("기업 유치와 입주 지원", "attracting companies and helping them move in"),
        ("인재 양성 프로그램 운영", "running training programmes"),
        ("인허가 등 행정 지원", "administrative support, including permits"),
        ("투자 펀드 조성", "raising an investment fund"),
        ("실증 인프라 구축", "building testing infrastructure"),
        ("공동 연구개발", "joint research and development"),
        ("부지 제공과 기반시설 조성", "providing the site and basic infrastructure"),
        ("지역 중소기업 기술 지원", "technical support for local small businesses"),
        ("데이터 개방과 공유", "opening up and sharing data"),
        ("사업화 컨설팅", "commercialisation consulting"),
    ];
}
