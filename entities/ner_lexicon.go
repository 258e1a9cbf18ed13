package entities

// Small word lists the tagger and the coreference rules share. They are features and cues,
// not answers: the tagger learns from KLUE how much each one is worth.

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// setOf builds a lookup set from words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// longestFirst lists a set's words longest first (then in byte order): walking it, the first
// word that ends a string is the longest one that does, and a slice is cheaper to walk for
// every eojeol than a map.
func longestFirst(set map[string]bool) []string {
	l := slices.Collect(maps.Keys(set))
	slices.SortFunc(l, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return l
}

// surnames are the common Korean family names (single syllable), about 99% of the population.
var surnames = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈서시당" {
		m[r] = true
	}
	return m
}()

// compoundSurnames are two-syllable family names.
var compoundSurnames = setOf("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절")

// titles are job titles and forms of address that follow a person's name (백상엽 대표, 백 대표).
var titles = setOf(
	"대표", "대표이사", "회장", "부회장", "사장", "부사장", "전무", "상무", "이사", "이사장", "감사",
	"장관", "차관", "총리", "부총리", "대통령", "부통령", "의원", "국회의원", "의장", "부의장",
	"위원장", "위원", "원장", "부원장", "소장", "청장", "처장", "실장", "국장", "과장", "부장",
	"차장", "팀장", "본부장", "센터장", "단장", "총장", "학장", "교수", "부교수", "박사", "연구원",
	"연구위원", "선임연구원", "책임연구원", "수석", "비서관", "비서실장", "대변인", "시장", "도지사",
	"지사", "구청장", "군수", "구청장", "교육감", "검사", "검사장", "검찰총장", "판사", "변호사",
	"기자", "특파원", "앵커", "감독", "코치", "선수", "작가", "대사", "총재", "부총재", "행장",
	"애널리스트", "연구소장", "회계사", "교사", "교장", "목사", "신부", "스님", "대표변호사",
	"최고경영자", "CEO", "CTO", "CFO", "COO", "창업자", "공동창업자", "의사", "원내대표",
	"당대표", "최고위원", "사무총장", "간사", "씨", "여사", "경위", "경감",
	"경정", "총경", "수석연구원", "수석연구위원", "전임연구원", "연구교수", "석좌교수", "명예교수",
	"겸임교수", "초빙교수", "조교수", "수석부사장", "사외이사", "전문위원", "연구실장", "그룹장", "서장", "상병", "병장", "중령", "대령", "소령", "장군", "사령관", "매니저",
	"후보", "후보자", "예비후보", "당선인", "당선자", "보좌관", "조정관", "직무대리", "권한대행",
)

// featureTitles are the titles the tagger's features look for: titles and a few words that
// follow names in KLUE (김모 군, 이모 양) but are too ambiguous for coreference (군 county, 양 amount).
// The compound titles added for coreference (수석연구원 …) are left out: cross-validation
// scored the features better without them.
var featureTitles = func() map[string]bool {
	m := setOf("군", "양", "옹", "위원회")
	for t := range titles {
		if !compoundTitles[t] && !corefOnlyTitles[t] {
			m[t] = true
		}
	}
	return m
}()

// corefOnlyTitles are titles coreference reads that the tagger's features were trained without:
// one standing for or elected to an office (김 후보자, 문 후보, 윤석열 당선인), aides (제이크
// 설리번 국가안보보좌관, 존 커비 전략소통조정관) and one acting for another (정한중 징계위원장
// 직무대리, 권한대행).
var corefOnlyTitles = setOf("후보", "후보자", "예비후보", "당선인", "당선자", "보좌관", "조정관", "직무대리", "권한대행")

// compoundTitles are titles made of a rank and a job (수석연구원, 석좌교수).
var compoundTitles = setOf("수석연구원", "수석연구위원", "전임연구원", "연구교수", "석좌교수", "명예교수",
	"겸임교수", "초빙교수", "조교수", "수석부사장", "사외이사", "전문위원", "연구실장", "그룹장")

// orgSuffixes end organisation names: ministries (…부), agencies (…청), universities (…대),
// institutes (…연구원), companies (…사, …전자).
var orgSuffixes = setOf(
	"부", "청", "처", "원", "대", "대학", "대학교", "연구원", "연구소", "공사", "공단", "재단", "협회",
	"학회", "위원회", "은행", "증권", "보험", "그룹", "전자", "건설", "중공업", "화학", "제약", "통신",
	"사", "당", "국", "법원", "검찰청", "경찰청", "경찰서", "병원", "학교", "센터", "구단", "조합",
	"엔터테인먼트", "홀딩스", "테크", "랩", "랩스", "코리아", "미디어", "뉴스", "일보", "신문", "방송",
)

// knownOrgs is a small gazetteer of organisations that news names constantly, mostly firms and
// public bodies; a hit is one feature among many, never a label by itself.
var knownOrgs = setOf(
	// Korean companies and groups
	"삼성", "삼성전자", "삼성SDS", "삼성SDI", "SK", "SKT", "SK텔레콤", "SK하이닉스", "LG", "LG전자",
	"LG유플러스", "LGU+", "KT", "현대", "현대차", "현대자동차", "기아", "기아차", "롯데", "한화",
	"포스코", "GS", "CJ", "두산", "네이버", "카카오", "카카오뱅크", "카카오페이", "카카오엔터프라이즈",
	"카카오브레인", "쿠팡", "배달의민족", "우아한형제들", "토스", "넥슨", "엔씨소프트", "넷마블",
	"셀트리온", "KB국민은행", "신한은행", "우리은행", "하나은행", "NH농협", "한국전력", "한전",
	// global companies
	"구글", "알파벳", "애플", "마이크로소프트", "MS", "메타", "페이스북", "아마존", "넷플릭스",
	"테슬라", "엔비디아", "인텔", "AMD", "퀄컴", "IBM", "오픈AI", "트위터", "유튜브", "소니",
	"도요타", "화웨이", "알리바바", "텐센트", "바이두", "TSMC", "오라클", "어도비", "우버",
	// public bodies
	"정부", "청와대", "국회", "대법원", "헌법재판소", "검찰", "경찰", "국세청", "금융위원회", "금융위",
	"금융감독원", "금감원", "한국은행", "한은", "기획재정부", "기재부", "과학기술정보통신부",
	"과기정통부", "산업통상자원부", "산업부", "교육부", "국방부", "외교부", "통일부", "법무부",
	"행정안전부", "행안부", "보건복지부", "복지부", "환경부", "고용노동부", "노동부", "국토교통부",
	"국토부", "해양수산부", "해수부", "중소벤처기업부", "중기부", "문화체육관광부", "문체부",
	"여성가족부", "여가부", "농림축산식품부", "농식품부", "공정거래위원회", "공정위", "방송통신위원회",
	"방통위", "질병관리청", "식품의약품안전처", "식약처", "통계청", "관세청", "특허청", "기상청",
	"UN", "유엔", "WHO", "IMF", "OECD", "EU", "NASA", "FBI", "CIA", "WTO", "IOC", "FIFA",
	"더불어민주당", "민주당", "국민의힘", "새누리당", "정의당", "자유한국당", "한나라당",
)

// personPronouns refer back to one person.
var personPronouns = setOf("그", "그녀")

// sourceNouns name an unnamed source (관계자, 소식통).
var sourceNouns = setOf("관계자", "관계자들", "소식통", "측근")

// nameParticles are the case markers and their common combinations that may follow a name.
var nameParticles = setOf("은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "도", "와", "과", "로",
	"으로", "만", "까지", "부터", "보다", "처럼", "와의", "과의", "에서는", "에는", "에서도", "에도", "이나",
	"나", "이라는", "라는", "측", "측은", "측이", "측의", "측도", "로서", "으로서", "로부터", "으로부터", "와도",
	"과도", "하고", "이다", "였다", "이었다", "조차", "마저", "뿐", "만의", "만이", "이며", "며", "에선", "에겐")
