package quotes_test

import (
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// want is one expected quote: its text, kind, speaker ("" for none) and verb.
type want struct{ text, kind, speaker, verb string }

// TestFrames runs the reporting frames of Korean news one by one, each on real-style sentences.
// Some are shortened and altered from Korean Wikinews articles (https://ko.wikinews.org, CC BY
// 2.5: credit to Wikinews), the rest written for the test.
func TestFrames(t *testing.T) {
	cases := []struct {
		name, src string
		want      []want
	}{
		{"chain shares the final verb and subject",
			`마이클 다이아몬드 교수도 “결과는 아직 모른다”며 “추가 연구가 필요하다”고 밝혔다.`,
			[]want{{"결과는 아직 모른다", "direct", "마이클 다이아몬드", "밝혔다"}, {"추가 연구가 필요하다", "direct", "마이클 다이아몬드", "밝혔다"}}},
		{"며 before a non-quote takes the main verb",
			`백 대표는 “챗GPT는 5일이 걸렸다”며 챗GPT 열풍에 대해 설명했다.`,
			[]want{{"챗GPT는 5일이 걸렸다", "direct", "백 대표", "설명했다"}}},
		{"subject after the complementizer",
			`이 방법은 처음이라고 연구팀은 설명했다.`,
			[]want{{"이 방법은 처음이", "indirect", "연구팀", "설명했다"}}},
		{"omitted subject continues the previous speaker",
			`이 위원은 “연구가 부족하다”고 말했다. 또 인프라를 향상시켜야 한다고 강조했다.`,
			[]want{{"연구가 부족하다", "direct", "이 위원", "말했다"}, {"인프라를 향상시켜야 한다", "indirect", "이 위원", "강조했다"}}},
		{"a relative clause's subject does not speak",
			`구단은 “유감이다”라고 밝혔다. 경기 도중 한 선수가 다친 사고에 대해서는 심판의 실수였다고 했다.`,
			[]want{{"유감이다", "direct", "구단", "밝혔다"}, {"경기 도중 한 선수가 다친 사고에 대해서는 심판의 실수였다", "indirect", "구단", "했다"}}},
		{"a name the tagger reads as noun and copula (문재/NNG+인/VCP) is still the subject's name",
			`대표적으로 문재인 대통령은 25일 페이스북 계정을 통해 “국민 여러분께 감사드린다”라고 밝혔다.`,
			[]want{{"국민 여러분께 감사드린다", "direct", "문재인", "밝혔다"}}},
		{"the author of what a claim follows: the subject of a clause of publishing",
			`한국소비자원이 최근 조사한 가전제품 수리 비용 변화율에 따르면 수리비는 지난해보다 12% 올랐다.`,
			[]want{{"수리비는 지난해보다 12% 올랐다", "indirect", "한국소비자원", "따르면"}}},
		{"the author of what a claim follows: the agent of a passive report",
			`외신에 보도되는 바에 따르면, 회담은 다음 달 열린다.`,
			[]want{{"회담은 다음 달 열린다", "indirect", "외신", "따르면"}}},
		{"X 등의 N에 따르면: the member named",
			`로이터통신 등의 외신에 따르면, 회담은 다음 달 열린다.`,
			[]want{{"회담은 다음 달 열린다", "indirect", "로이터통신", "따르면"}}},
		{"a name with the particle the tagger read into it (새누리당도: 새/누리/당도) is a topic",
			`김철수 경찰청장은 새누리당 의원들에게 “조사하겠다”고 말했다. 새누리당도 “안타깝다”며 애도를 표했다.`,
			[]want{{"조사하겠다", "direct", "김철수", "말했다"}, {"안타깝다", "direct", "새누리당", "표했다"}}},
		{"a camp of opinion named as where a view comes from",
			`비관론에서는 발행주체가 불분명하여 글로벌 기업이 이 시장에 도전한다면 위험하다고 주장한다.`,
			[]want{{"발행주체가 불분명하여 글로벌 기업이 이 시장에 도전한다면 위험하다", "indirect", "비관론", "주장한다"}}},
		{"a cited statement is its author's",
			`외신들은 김철수 장관의 발표를 인용해 “회담은 다음 달 열린다”고 보도했다.`,
			[]want{{"회담은 다음 달 열린다", "direct", "김철수", "보도했다"}}},
		{"a plural group as the topic speaks",
			`김철수 장관은 “조사하겠다”고 말했다. 외신들은 회담이 다음 달 열린다고 보도했다.`,
			[]want{{"조사하겠다", "direct", "김철수", "말했다"}, {"회담이 다음 달 열린다", "indirect", "외신들", "보도했다"}}},
		{"a wiki's citation mark after the period ends the sentence",
			`김철수 장관은 회의를 열었다.[1] 시민단체들은 반대한다고 밝혔다.`,
			[]want{{"반대한다", "indirect", "시민단체들", "밝혔다"}}},
		{"a curly quote closed by a straight mark, then straight quotes",
			`그는 “폭력은 멈춰야 한다"면서 "평화를 지켜달라"고 밝혔다.`,
			[]want{{"폭력은 멈춰야 한다", "direct", "", "밝혔다"}, {"평화를 지켜달라", "direct", "", "밝혔다"}}},
		{"a clause made a noun (…한 것은) before a quote is no speaker",
			`민주당은 임명을 강행한 것은 “도저히 이해할 수 없다”는 입장을 밝혔다.`,
			[]want{{"도저히 이해할 수 없다", "direct", "민주당", "밝혔다"}}},
		{"a quote closed before the end of its predicate (“…촉구”한다고)",
			`최 원내대표는 “민주당에 엄중히 촉구”한다고 밝혔다.`,
			[]want{{"민주당에 엄중히 촉구", "direct", "최 원내대표", "밝혔다"}}},
		{"다며/라며 is quotative whatever the sentence's action",
			`쿠르드족 시민들은 해당 사건이 인종차별 범죄라며 경찰과 충돌했다.[2]`,
			[]want{{"해당 사건이 인종차별 범죄", "indirect", "쿠르드족 시민들", "충돌했다"}}},
		{"다며 before a verb of becoming known reports nobody's speech",
			`방송 후 시민 9명이 선거법 위반에 해당한다며 신고한 것으로 알려졌다.`,
			nil},
		{"a broadcast soundbite: [이름 / 소속 직함 : …]",
			"삼성전자가 실적을 발표했습니다.\n[김기남 / 삼성전자 사장 : 반도체 업황이 나아지고 있습니다.]\n시장은 반응했습니다.",
			[]want{{"반도체 업황이 나아지고 있습니다.", "direct", "김기남", ""}}},
		{"a statement issued in a body's name speaks for it when no subject is written",
			`외교부 대변인 명의의 논평을 통해 “강력히 항의한다”며 즉각 삭제를 촉구했다.`,
			[]want{{"강력히 항의한다", "direct", "외교부 대변인", "촉구했다"}}},
		{"who receives a view is not who holds it",
			`김철수 장관은 “조사하겠다”고 말했다. 정부의 대응은 미온적이라는 평가를 받고 있다.`,
			[]want{{"조사하겠다", "direct", "김철수", "말했다"}, {"정부의 대응은 미온적", "indirect", "", "받고 있다"}}},
		{"a document as the topic speaks for its author",
			`미국 상원 정보위원회는 “보고서를 공개한다”고 밝혔다. 보고서는 억류자들이 잠을 자지 못했다고 기술하고 있다.`,
			[]want{{"보고서를 공개한다", "direct", "미국 상원 정보위원회", "밝혔다"}, {"억류자들이 잠을 자지 못했다", "indirect", "미국 상원 정보위원회", "기술하고 있다"}}},
		{"…한 데 비해 sets one clause against the next: each has its topic",
			`김철수 장관은 “조사하겠다”고 말했다. 여당은 시위를 비판한 데 비해 야권은 책임을 묻겠다고 경고하였다.`,
			[]want{{"조사하겠다", "direct", "김철수", "말했다"}, {"책임을 묻겠다", "indirect", "야권", "경고하였다"}}},
		{"a topic speaks over a 가운데 clause set inside its sentence",
			`대한의사협회 비상대책위원회는 어제 2만여명이 참석한 가운데, 궐기대회를 열고 개정 작업을 중단하라고 촉구했다.`,
			[]want{{"개정 작업을 중단하라", "indirect", "대한의사협회 비상대책위원회", "촉구했다"}}},
		{"a report named after what it says, which the tagger read as a verb (보고서는 = 보/고서/는)",
			`미국 국무부는 “보고서를 냈다”고 밝혔다. 이들은 강제 노역에 시달리고 있다고 보고서는 밝혔습니다.`,
			[]want{{"보고서를 냈다", "direct", "미국 국무부", "밝혔다"}, {"이들은 강제 노역에 시달리고 있다", "indirect", "미국 국무부", "밝혔습니다"}}},
		{"a document nobody is named with is the one the source quoted last wrote",
			`환경부는 “특별감시를 한다”고 밝혔다. 계획 내용에 따르면, 점검이 실시된다.`,
			[]want{{"특별감시를 한다", "direct", "환경부", "밝혔다"}, {"점검이 실시된다", "indirect", "환경부", "따르면"}}},
		{"after a source frame, the reporting verb's own named subject speaks",
			`한국면세뉴스에 따르면 박유진 서울시의원은 자신도 불편을 겪고 있다고 밝혔다.`,
			[]want{{"자신도 불편을 겪고 있다", "indirect", "박유진", "밝혔다"}}},
		{"a short quote ending in 다 is a clause whatever the tagger made of its last word (크다/NNP)",
			`김 교수는 “문제가 크다”는 우려를 나타냈다.`,
			[]want{{"문제가 크다", "direct", "김 교수", "나타냈다"}}},
		{"a reaction reported with 반응",
			`경향신문은 보수 집필진들이 위키백과를 표절한 것은 놀랍다는 반응을 보였다.`,
			[]want{{"보수 집필진들이 위키백과를 표절한 것은 놀랍다", "indirect", "경향신문", "보였다"}}},
		{"a name and 는 opening a sentence is no quotative 라는",
			`벨라는 이러한 반응을 보고 상처를 받았다고 말했다.`,
			[]want{{"벨라는 이러한 반응을 보고 상처를 받았다", "indirect", "", "말했다"}}},
		{"X에 따르면",
			`백 대표에 따르면, 글로벌 IT기업들은 경쟁에 열을 올리고 있다.`,
			[]want{{"글로벌 IT기업들은 경쟁에 열을 올리고 있다", "indirect", "백 대표", "따르면"}}},
		{"라는 것이 X의 지적이다",
			`기술이 상용화되지 못한 상태라는 것이 김 교수의 지적이다.`,
			[]want{{"기술이 상용화되지 못한 상태", "indirect", "김 교수", "지적이다"}}},
		{"sourceless view: no speaker",
			`환자 수가 계속 늘어날 것이란 전망도 나온다.`,
			[]want{{"환자 수가 계속 늘어날 것", "indirect", "", "나온다"}}},
		{"forecast with 것으로",
			`업계에선 내년 접는 스마트폰이 나올 것으로 전망하고 있다.`,
			[]want{{"내년 접는 스마트폰이 나올 것", "indirect", "업계", "전망하고 있다"}}},
		{"bracketed attribution",
			`“연구자들이 성과를 보여주기 힘들다.”(유룡 KAIST 화학과 교수). 올해도 그렇다.`,
			[]want{{"연구자들이 성과를 보여주기 힘들다.", "direct", "유룡", ""}}},
		{"pointing frame before a quote",
			`전문가인 미카 엔즐리는 이렇게 말한다. “사람이 명령 체계를 떠나 있는 경우가 많다.”`,
			[]want{{"사람이 명령 체계를 떠나 있는 경우가 많다.", "direct", "미카 엔즐리", "말한다"}}},
		{"hearsay without a source",
			`알츠하이머병과 달리 갑작스럽게 나타나는 경우가 많다고 합니다.`,
			[]want{{"알츠하이머병과 달리 갑작스럽게 나타나는 경우가 많다", "indirect", "", "합니다"}}},
		{"question and proposal complementizers",
			`한 기자는 왜 그렇게 했냐고 물었다. 노조는 함께 싸우자고 제안했다.`,
			[]want{{"왜 그렇게 했냐", "indirect", "한 기자", "물었다"}, {"함께 싸우자", "indirect", "노조", "제안했다"}}},
		{"quotative 라며 with a reporting verb",
			`애플은 정보를 보겠다며 해제를 요구하는 연방수사국과 소송을 벌였다.`,
			[]want{{"정보를 보겠다", "indirect", "연방수사국", "요구하는"}}},
		{"passive is not speech",
			`지카바이러스는 정액 속에서 수개월을 산다고 알려졌다.`,
			nil},
		{"a new topic after a connective clause speaks",
			`서울시는 지난달 공사를 마쳤으며, 환경단체는 이번 결정에도 불구하고, 서울시가 공사를 멈춰야 한다고 밝혔다.`,
			[]want{{"이번 결정에도 불구하고, 서울시가 공사를 멈춰야 한다", "indirect", "환경단체", "밝혔다"}}},
		{"the topic stays in force over a clause without one",
			`김영수 장관은 질문을 받았으나, 보고서가 "불완전한 기록"이라고 비판했다.`,
			[]want{{"불완전한 기록", "direct", "김영수", "비판했다"}}},
		{"nested report: the inner subject, and the outer report around it",
			`연합통신은 정부가 예산을 늘리겠다고 발표했다고 보도했다.`,
			[]want{{"정부가 예산을 늘리겠다고 발표했다", "indirect", "연합통신", "보도했다"}, {"예산을 늘리겠다", "indirect", "정부", "발표했다"}}},
		{"the scene of the speech act is not what was said",
			`김영수 장관은 기자들과 만나 증세는 하지 않겠다고 말했다.`,
			[]want{{"증세는 하지 않겠다", "indirect", "김영수", "말했다"}}},
		{"a complementizer written apart from the mark",
			`협회는 ‘내년에도 참가하겠습니까’ 라는 질문을 던졌다.`,
			[]want{{"내년에도 참가하겠습니까", "direct", "협회", "던졌다"}}},
		{"a quote closed before its last syllable",
			`재판부는 "증거가 없었"다고 밝혔다.`,
			[]want{{"증거가 없었", "direct", "재판부", "밝혔다"}}},
		{"a count of people is no speaker",
			`36명이 “억울하다”고 말했다.`,
			[]want{{"억울하다", "direct", "", "말했다"}}},
		{"a foreign name: a given name the dictionary knows (인명), then the family name",
			`저스틴 비버는 바이러스가 얼굴 신경을 공격했다고 말했다.`,
			[]want{{"바이러스가 얼굴 신경을 공격했다", "indirect", "저스틴 비버", "말했다"}}},
		{"X 역시, marks the subject X, not a connective",
			`일본인들 역시, 경기장으로 쓰기에는 적절하지 못하다는 반응을 보였다.`,
			[]want{{"경기장으로 쓰기에는 적절하지 못하다", "indirect", "일본인들", "보였다"}}},
		{"a clause after one already reported names its own speaker",
			`기상청은 태풍이 9일경 힘을 잃을 것이라는 전망을 내놓았지만, 일부 전문가들은 태풍이 다시 올 수도 있다는 분석을 내놓았다.`,
			[]want{{"태풍이 9일경 힘을 잃을 것", "indirect", "기상청", "내놓았지만"}, {"태풍이 다시 올 수도 있다", "indirect", "일부 전문가들", "내놓았다"}}},
		{"after a source frame, a topic of the reporting verb speaks",
			`네이처에 발표된 내용에 따르면 연구자들은 이들을 합쳐 아스가르드 상문으로 부르자고 제안했다.`,
			[]want{{"이들을 합쳐 아스가르드 상문으로 부르자", "indirect", "연구자들", "제안했다"}}},
		{"hearsay goes on from the speaker in their paragraph",
			`구단은 “유감이다”라고 밝혔다. 부상 선수는 곧 복귀할 예정이라고 한다.`,
			[]want{{"유감이다", "direct", "구단", "밝혔다"}, {"부상 선수는 곧 복귀할 예정이", "indirect", "구단", "한다"}}},
		{"what can be said (…라고 볼 수 없다) is the writer's judgement, no report",
			`지지율이 25%대이기 때문에 안정적인 지지율이라고 볼 수 없다.`,
			nil},
		{"a view's verb modifying a noun describes the noun",
			`미생물의 실체는 미토콘드리아가 된 것으로 추정하는 알파프로테오박테리움이 아니었다.`,
			nil},
		{"a view's verb modifying its holders: they hold it",
			`경기가 나아질 것으로 전망하는 전문가들이 많다.`,
			[]want{{"경기가 나아질 것", "indirect", "전문가들", "전망하는"}}},
		{"a view that arises with nobody named has no source",
			`구단은 “유감이다”라고 밝혔다. 경기장에서는 ‘또다시 당하는 것 아니냐’는 목소리가 나오고 있다.`,
			[]want{{"유감이다", "direct", "구단", "밝혔다"}, {"또다시 당하는 것 아니냐", "direct", "", "나오고 있다"}}},
		{"a court named where the ruling comes from (대법에서는)",
			`대법에서는 증거를 보고 "피해자 진술의 신빙성이 의심된다"며 무죄를 선고했다.`,
			[]want{{"피해자 진술의 신빙성이 의심된다", "direct", "대법", "선고했다"}}},
		{"a clause with its own topic after a direct quote's verb is reported apart",
			`그러나 KT는 "두 위성은 폐기 위성이므로 전략물자가 아니다"라고 주장하지만, 유 의원은 위성은 계속 사용할 수 있다는 입장이다.`,
			[]want{{"두 위성은 폐기 위성이므로 전략물자가 아니다", "direct", "KT", "주장하지만"}, {"위성은 계속 사용할 수 있다", "indirect", "유 의원", "입장이다"}}},
		{"after …한 결과, the topic is what was found; whoever did what 결과 is the outcome of reports it",
			`알바천국이 대학생 2553명을 대상으로 조사한 결과, 10명 중 4명은 수강신청을 한 적이 있는 것으로 나타났다고 밝혔다.`,
			[]want{{"대학생 2553명을 대상으로 조사한 결과, 10명 중 4명은 수강신청을 한 적이 있는 것으로 나타났다", "indirect", "알바천국", "밝혔다"}}},
		{"2017년도 is a date (年度), not a subject marked 도",
			`또한 박 의원은 미이행 건수가 925건에 달하고, 2017년도 한해 이행률이 4.8%에 불과하다고 지적했다.`,
			[]want{{"미이행 건수가 925건에 달하고, 2017년도 한해 이행률이 4.8%에 불과하다", "indirect", "박 의원", "지적했다"}}},
		{"an organisation's name in quote marks after its kind, marked as subject outside them",
			`한편, 구호단체 '머시 코어'는 이 지역에서 어린이 2만 9천명이 사망하였다고 발표하였다.`,
			[]want{{"이 지역에서 어린이 2만 9천명이 사망하였다", "indirect", "구호단체 머시 코어", "발표하였다"}}},
		{"a storm's name in quote marks is no source",
			`기상청은 태풍이 약해졌다고 밝혔다. 태풍 ‘산바(SANBA)’는 올해 5번째 태풍으로, 역대 5위의 강한 태풍으로 기록되었다고 밝혔다.`,
			[]want{{"태풍이 약해졌다", "indirect", "기상청", "밝혔다"}, {"역대 5위의 강한 태풍으로 기록되었다", "indirect", "기상청", "밝혔다"}}},
		{"a topic scopes over its sentence past an adverbial set off by a comma",
			`질병관리청 중앙방역대책본부는 12월 23일 0시 기준으로, 신규 확진자는 1,060명이 확인되었다고 밝혔다.`,
			[]want{{"신규 확진자는 1,060명이 확인되었다", "indirect", "질병관리청 중앙방역대책본부", "밝혔다"}}},
		{"하였다 (하/VX, an entry the dictionary also reads as 않) reports like 했다",
			`김 장관은 견제장치를 강화하겠다고 하였다.`,
			[]want{{"견제장치를 강화하겠다", "indirect", "김 장관", "하였다"}}},
		{"…라고도 요청했다: 도 after the complementizer",
			`윤 총장 측은 징계위원 7명을 채워달라고도 요청했다.`,
			[]want{{"징계위원 7명을 채워달라", "indirect", "윤 총장", "요청했다"}}},
		{"a place set beside another with 도 is no agent",
			`군 관계자는 대응 작전을 펼쳤다고 설명했다. 강화군 교동도 서쪽 하늘에서 사격을 가하기도 했다고 하였다.`,
			[]want{{"대응 작전을 펼쳤다", "indirect", "군 관계자", "설명했다"}, {"강화군 교동도 서쪽 하늘에서 사격을 가하기도 했다", "indirect", "군 관계자", "하였다"}}},
		{"…라는 말을 남겼다: words one leaves are said",
			`유승민 의원은 "정말 부끄러운 건 국민들입니다"라는 말을 남겼다.`,
			[]want{{"정말 부끄러운 건 국민들입니다", "direct", "유승민", "남겼다"}}},
		{"…라는 전망을 냈다: 내다 puts a view out",
			`호사카 교수는 "그런 구조가 다시 부활될 것이다"라는 전망을 냈다.`,
			[]want{{"그런 구조가 다시 부활될 것이다", "direct", "호사카", "냈다"}}},
		{"…는 내용의 문서를 보냈다: a document's content is its author's",
			`법원은 “부검을 청구하는 이유를 더욱 구체적으로 설명하라”는 내용의 문서를 경찰서에 보냈다.`,
			[]want{{"부검을 청구하는 이유를 더욱 구체적으로 설명하라", "direct", "법원", "보냈다"}}},
		{"in a chain before a reporting noun, a one-word answer ending in 다 is said too",
			`일부 네티즌들은 "인과응보다", "이제 우리가 차별해도 되나?"라는 반응을 보였다.`,
			[]want{{"인과응보다", "direct", "일부 네티즌들", "보였다"}, {"이제 우리가 차별해도 되나?", "direct", "일부 네티즌들", "보였다"}}},
		{"who was told (보고받았다) did not say it",
			`미국 질병통제센터에서도 환자들이 원숭이두창일 가능성이 있다고 보고받았다.`,
			nil},
		{"a topic set off by a comma is still the topic",
			`일본 방위성 관계자는, "반격 능력 행사는 일본이 자체적으로 판단을 한다"고 밝혔다.`,
			[]want{{"반격 능력 행사는 일본이 자체적으로 판단을 한다", "direct", "일본 방위성 관계자", "밝혔다"}}},
		{"quotes listed with 등 before the reporting verb",
			`이어 한국 네티즌들은 "임진왜란이 떠오른다", "한번 당한 수법에 또 당하면 안된다" 등으로 반응하였다.`,
			[]want{{"임진왜란이 떠오른다", "direct", "한국 네티즌들", "반응하였다"}, {"한번 당한 수법에 또 당하면 안된다", "direct", "한국 네티즌들", "반응하였다"}}},
		{"quotes listed with 등의 before a reporting noun",
			`일부 네티즌들은 이를 두고 "짐승이 따로 없다", "같은 한국인이라니 실망스럽다" 등의 반응을 보였다.`,
			[]want{{"짐승이 따로 없다", "direct", "일부 네티즌들", "보였다"}, {"같은 한국인이라니 실망스럽다", "direct", "일부 네티즌들", "보였다"}}},
		{"X의 before a quote makes the words X's",
			`심지어 박중양의 "한국인은 험담을 하지 않으면 입에 가시가 돋는다"라는 말도 있다.`,
			[]want{{"한국인은 험담을 하지 않으면 입에 가시가 돋는다", "direct", "박중양", "있다"}}},
		{"a topic glued to the opening mark (대변인은\"…) is still the topic",
			`조태영 외교부 대변인은"일본이 과거에 얼마나 악한 일을 했는가가 다시 나타난 것"이라고 했다.`,
			[]want{{"일본이 과거에 얼마나 악한 일을 했는가가 다시 나타난 것", "direct", "조태영", "했다"}}},
		{"a source named with 에서는 after what it reported",
			`대통령실 차원에서라도 단호한 대응이 있었어야 마땅했다고 민들레 언론에서는 밝혔다.`,
			[]want{{"대통령실 차원에서라도 단호한 대응이 있었어야 마땅했다", "indirect", "민들레 언론", "밝혔다"}}},
		{"a source named with 에서도",
			`KBS 등의 언론에서도 "사건이 일어나면 현장 사진과 영상을 찍어 보도해달라"라는 말을 하였다.`,
			[]want{{"사건이 일어나면 현장 사진과 영상을 찍어 보도해달라", "direct", "언론", "하였다"}}},
		{"a sentence going on with 또한 and no topic is the same speaker's; its 이/가 subject is said",
			`마세리바네 총리는 "군부대가 경찰 본부를 장악했다"고 말했다. 또한, 군 지휘관이 총리를 왕에게 데려 가려고 하고 있다고 언급했다.`,
			[]want{{"군부대가 경찰 본부를 장악했다", "direct", "마세리바네", "말했다"}, {"군 지휘관이 총리를 왕에게 데려 가려고 하고 있다", "indirect", "마세리바네", "언급했다"}}},
		{"a count as the topic of the last clause is what is said, the sentence's topic speaks",
			`특허청은 발명이 총 37건이 출원되었으며, 동물 줄기세포를 이용한 화장품이 82.1%(27건)를 차지하고, 나머지 17.9%(10건)는 식물 줄기세포를 사용한 화장품이라고 밝혔다.`,
			[]want{{"발명이 총 37건이 출원되었으며, 동물 줄기세포를 이용한 화장품이 82.1%(27건)를 차지하고, 나머지 17.9%(10건)는 식물 줄기세포를 사용한 화장품이", "indirect", "특허청", "밝혔다"}}},
		{"a country opening a sentence of report speaks for its government",
			`미국은 유명희를 지지하기로 공식 발표하였다. 일본은 유명희 본부장이 당선된다면 일본이 곤란한 상황에 처할 것이라고 하였다.`,
			[]want{{"유명희 본부장이 당선된다면 일본이 곤란한 상황에 처할 것이", "indirect", "일본", "하였다"}}},
		{"a question's -냐며 and a proposal's -자며 chain a reported clause to the verb as -다며 does",
			`야당은 왜 지금 법안을 처리하느냐며 반발했다. 김 대표는 함께 협상하자며 손을 내밀었다.`,
			[]want{{"왜 지금 법안을 처리하느냐", "indirect", "야당", "반발했다"}, {"함께 협상하자", "indirect", "김 대표", "내밀었다"}}},
		{"a body that adopts a statement is its author; a petition is a demand; an auxiliary's imperative 달라 stays in what is said",
			`정부는 비핵화를 위해 협력한다는 공동성명을 채택했다. 시민들은 비리를 수사해달라는 청원을 올렸다.`,
			[]want{{"비핵화를 위해 협력한다", "indirect", "정부", "채택했다"}, {"비리를 수사해달라", "indirect", "시민들", "올렸다"}}},
		{"까지 on the quotative 고, as 도 and 만 (…고까지 말했다), after a mark and without one",
			`김 대표는 "내일 가겠"다고까지 말했다. 이 의원은 다시 출마하겠다고까지 말했다.`,
			[]want{{"내일 가겠", "direct", "김 대표", "말했다"}, {"다시 출마하겠다", "indirect", "이 의원", "말했다"}}},
		{"an order reported with …라고 지시했다 is a demand",
			`경찰청장은 즉시 비상근무에 들어가라고 지시했다.`,
			[]want{{"즉시 비상근무에 들어가라", "indirect", "경찰청장", "지시했다"}}},
		{"앞서 between the complementizer and the verb is an adverb of time, not the reporting verb",
			`서울 종로경찰서는 부검영장을 집행한다고 앞서 유족 측에 통보했다.`,
			[]want{{"부검영장을 집행한다", "indirect", "서울 종로경찰서", "통보했다"}}},
		{"이란 (Iran), read as the copula's modifier, is a noun in the speaker's phrase after the clause",
			`양국은 합의에 도달했다고 자바드 자리프 이란 외무장관이 발표했다.`,
			[]want{{"양국은 합의에 도달했다", "indirect", "자바드 자리프 이란 외무장관", "발표했다"}}},
		{"그 refers back to the sentence's topic, not to a subject marked 이/가 in a clause inside it",
			`스가 요시히데 관방장관은 박근혜 대통령이 표지석 설치를 언급한 데 대해 "도움이 되지 않는다"는 비판을 했다. 그는 "일본의 주장을 전달하겠다"고 말했다.`,
			[]want{{"도움이 되지 않는다", "direct", "스가 요시히데", "했다"}, {"일본의 주장을 전달하겠다", "direct", "스가 요시히데", "말했다"}}},
		{"a court named by its instance (항소심, 원심) speaks for its judgment",
			`항소심은 1심의 판단이 옳다고 판단했다. 원심은 피고인에게 벌금을 내라고 명령했다.`,
			[]want{{"1심의 판단이 옳다", "indirect", "항소심", "판단했다"}, {"피고인에게 벌금을 내라", "indirect", "원심", "명령했다"}}},
		{"the copula's modifier (구체적인) between the complementizer and the verb describes the object, it is not the verb",
			`국세청은 납부기한을 최장 9개월까지 연장할 것이라고 구체적인 계획을 밝혔다.`,
			[]want{{"납부기한을 최장 9개월까지 연장할 것이", "indirect", "국세청", "밝혔다"}}},
		{"…다고 했기 때문이다 gives as the reason what the speaker before said",
			`김 대표는 "회사를 떠나겠다"고 말했다. 정부의 허가는 필요 없다고 했기 때문이다.`,
			[]want{{"회사를 떠나겠다", "direct", "김 대표", "말했다"}, {"정부의 허가는 필요 없다", "indirect", "김 대표", "했기"}}},
		{"in …다고 한다 after …한 결과, the finding is whoever did the check's, not the speaker before",
			`국민안전처는 부상자 2건이 접수되었다고 밝혔고, 문화재청은 13일 경주 일대의 문화유산들의 피해상황을 점검한 결과 23건의 문화재가 피해를 입었다고 한다.`,
			[]want{{"부상자 2건이 접수되었다", "indirect", "국민안전처", "밝혔고"}, {"23건의 문화재가 피해를 입었다", "indirect", "문화재청", "한다"}}},
		{"a predicate made a noun (미안함을) is the verb's object, not the verb",
			`안 후보는 마치면서, “자원봉사자 여러분, 고맙습니다.”고 자원봉사자들에게 미안함을 표현하였다.`,
			[]want{{"자원봉사자 여러분, 고맙습니다.", "direct", "안 후보", "표현하였다"}}},
		{"또한 or 역시 after a noun phrase marks it as the topic of its clause, as 도 does",
			`새누리당은 정당한 공권력 행사라고 말했다. 야3당 의원들 또한 "철도민영화·노조탄압 중단하라"며 반발하고 나섰다.`,
			[]want{{"정당한 공권력 행사", "indirect", "새누리당", "말했다"}, {"철도민영화·노조탄압 중단하라", "direct", "야3당 의원들", "나섰다"}}},
		{"a medium's report of two chained quotes (X는 Y가 “…”며 “…”고 말했다고 밝혔다) takes in both from Y, not from the second quote",
			`연합뉴스는 이 관계자가 "훈련시간은 기상상황을 봐야 한다"며 "주민 280여 명이 잔류하고 있다"고 말했다고 밝혔다.`,
			[]want{{`이 관계자가 "훈련시간은 기상상황을 봐야 한다"며 "주민 280여 명이 잔류하고 있다"고 말했다`, "indirect", "연합뉴스", "밝혔다"},
				{"훈련시간은 기상상황을 봐야 한다", "direct", "이 관계자", "말했다"}, {"주민 280여 명이 잔류하고 있다", "direct", "이 관계자", "말했다"}}},
		{"a reporting noun written whole is that noun, whatever the dictionary makes of it (해명문을 read 해 + 명문 + 을)",
			`부산시는 "다시 복귀하도록 했다"는 해명문을 내놨다.`,
			[]want{{"다시 복귀하도록 했다", "direct", "부산시", "내놨다"}}},
		{"a demand written as its nominalised content (“…할 것”을 촉구했다) is the demand verb's quote",
			`조태영 대변인은 "안중근 의사는 목숨을 바친 분"이라며, "역사를 겸허히 직시할 것"을 촉구했다. 정부는 "새로운 것"을 발표했다.`,
			[]want{{"안중근 의사는 목숨을 바친 분", "direct", "조태영", "촉구했다"}, {"역사를 겸허히 직시할 것", "direct", "조태영", "촉구했다"}}},
		{"the head noun of an organisation's name, written alone, is that organisation named before",
			`미국 상원 정보위원회는 보고서를 발표했다. 위원회는 억류자들이 잠을 자지 못했다고 밝혔다. 한국관광공사는 행사를 연다고 밝혔다. 공사는 쌀을 기부할 계획이라고 설명했다.`,
			[]want{{"억류자들이 잠을 자지 못했다", "indirect", "미국 상원 정보위원회", "밝혔다"}, {"행사를 연다", "indirect", "한국관광공사", "밝혔다"}, {"쌀을 기부할 계획이", "indirect", "한국관광공사", "설명했다"}}},
		{"a demand joined by -며 to a report has its speaker; a subject marked 이/가 opening the demand is who is asked to act",
			`한국교총은 성명에서, 일본의 주장은 잘못된 것이라고 밝혔다. 또, 일본이 실효지배를 근거로 하는 것을 들어 독도의 영유권 주장은 자기모순이라고 비판하며, 일본이 영토침탈 행위를 멈추고 이에 대해 사과할 것을 요구하였다.`,
			[]want{{"일본의 주장은 잘못된 것이", "indirect", "한국교총", "밝혔다"},
				{"일본이 실효지배를 근거로 하는 것을 들어 독도의 영유권 주장은 자기모순이", "indirect", "한국교총", "비판하며"},
				{"영토침탈 행위를 멈추고 이에 대해 사과할 것", "indirect", "한국교총", "요구하였다"}}},
		{"…한 게 전부다: the act is the clause 게 makes a noun, not the copula that rates it",
			`강신명 전 경찰청장이 청문회에 나와 “심심한 사죄 말씀드리겠다”며 안타까움을 표명한 게 전부다.`,
			[]want{{"심심한 사죄 말씀드리겠다", "direct", "강신명", "표명한"}}},
		{"people modified by a reporting verb (…것이라고 응답한 자영업자가) say what it reports",
			`점포 가치가 하락할 것이라고 응답한 자영업자가 39%였다.`,
			[]want{{"점포 가치가 하락할 것이", "indirect", "자영업자", "응답한"}}},
		{"a report with no speaker named does not take the speaker of a quote later in its sentence",
			`어피티는 ‘광고 머니레터’를 수익모델로 생각하고 있다고 밝혔고, 뉴스레터 ‘폴인’은 뉴스레터를 “생산자에겐 마케팅 채널이지만, 독자에겐 콘텐츠 채널”이라고 발언했다.`,
			[]want{{"어피티는 ‘광고 머니레터’를 수익모델로 생각하고 있다", "indirect", "", "밝혔고"}, {"생산자에겐 마케팅 채널이지만, 독자에겐 콘텐츠 채널", "direct", "뉴스레터 폴인", "발언했다"}}},
		{"X 측 with X a word for people (학생 측) is that side, named as written",
			`학생 측은 “대화가 있었다”고 밝혔다.`,
			[]want{{"대화가 있었다", "direct", "학생 측", "밝혔다"}}},
		{"…다는 것이다 after a sentence opening with 한편 is the writer's, not the speaker before going on",
			`우태희 실장은 관세 철폐는 의미가 크다고 밝혔다. 한편 호주는 농·축산에 강하다. 관세를 15년 후에 완전 철폐한다는 것이다.`,
			[]want{{"관세 철폐는 의미가 크다", "indirect", "우태희", "밝혔다"}}},
		{"a foreign name's last word that reads as a common noun (아베 신조: 신조) is still the name before its country and title, and 그 points back to it",
			`아베 신조 일본 총리가 참배를 강행했다. 그는 "참배하지 않은 것이 통한"이라며 의지를 피력해왔다.`,
			[]want{{"참배하지 않은 것이 통한", "direct", "아베 신조", "피력해왔다"}}},
		{"a -면서 clause right after the speaker with no subject of its own is the speaker's act, not what is said; …것으로 답했다 reports an answer",
			`정부는 이 제도를 옹호하면서, 제도가 범죄를 줄이는 데 효과를 보고 있다고 주장해왔다. 응답자 10명 중 6명은 승차거부를 당한 경험이 있는 것으로 답했다.`,
			[]want{{"제도가 범죄를 줄이는 데 효과를 보고 있다", "indirect", "정부", "주장해왔다"}, {"승차거부를 당한 경험이 있는 것", "indirect", "응답자", "답했다"}}},
		{"a direct quote's reporting verb with a connective and a comma (…라고 하였고,) closes its clause; the reported clause after it is apart",
			`우하람은 "이제 메달을 따야만 만족할 것이다"라고 말했다. 이어 "올림픽에서 4등을 한 것도 영광이다"라고 하였고, 리우 올림픽때와 달리 실력도 늘었다고 하였다.`,
			[]want{{"이제 메달을 따야만 만족할 것이다", "direct", "우하람", "말했다"}, {"올림픽에서 4등을 한 것도 영광이다", "direct", "우하람", "하였고"}, {"리우 올림픽때와 달리 실력도 늘었다", "indirect", "우하람", "하였다"}}},
		{"a phone call (통화에서) is the medium the words were said in, not part of them",
			`정의당 의원실 관계자는 통화에서 차별금지법은 국민의 인권을 다루는 법이라고 설명했다.`,
			[]want{{"차별금지법은 국민의 인권을 다루는 법이", "indirect", "정의당 의원실 관계자", "설명했다"}}},
		{"after the writer asks someone (X에 문의했다, X에게 물었다), the answer with no subject written is theirs",
			`전옥현은 광산이 중국에 넘어간다고 주장한다. 정확한 확인을 위해서 한국광물자원공사 총무팀에 전화로 문의했다. “아직 매각 절차도 진행 중인 상황이 아니다”고 답했다.`,
			[]want{{"광산이 중국에 넘어간다", "indirect", "전옥현", "주장한다"}, {"아직 매각 절차도 진행 중인 상황이 아니다", "direct", "한국광물자원공사 총무팀", "답했다"}}},
		{"after a quote's -며, a subject before a reported clause's complementizer is that clause's, not the chain verb's",
			`정홍원 총리는 "역사를 볼 필요도 있다"고 말했다. 또 "8종 교과서 모두에 오류가 있다"라며 좌편향 교과서에도 수정이 필요하다는 주장을 했다.`,
			[]want{{"역사를 볼 필요도 있다", "direct", "정홍원", "말했다"}, {"8종 교과서 모두에 오류가 있다", "direct", "정홍원", "했다"}, {"좌편향 교과서에도 수정이 필요하다", "indirect", "정홍원", "했다"}}},
		{"a second report with no subject in a sentence whose first report has one goes on with that speaker, not the sentence before's topic",
			`IPv4는 주소 할당량이 부족하다는 문제가 제기되어 왔었다. 한국인터넷진흥원(KISA)는 당분간은 현행대로 유지된다고 밝혔으며 IANA에서 할당을 중단하였기 때문에 잔여량도 바닥이 날것이라고 전망하였다.`,
			[]want{{"당분간은 현행대로 유지된다", "indirect", "한국인터넷진흥원(KISA)", "밝혔으며"}, {"IANA에서 할당을 중단하였기 때문에 잔여량도 바닥이 날것이", "indirect", "한국인터넷진흥원(KISA)", "전망하였다"}}},
		{"a reflexive after a noun (샤오치잉 자신들은) stands for it, a speaker; a direct quote with no subject under X에 따르면 is X's",
			`샤오치잉 자신들은 개인 집단이라며 "한국의 일부 스트리밍 스타가 우리를 화나게 만들었다"고 주장했다. 18일 한국농수산식품유통공사에 따르면 "배추 도매가격은 5662원을 기록했다"고 전했다.`,
			[]want{{"개인 집단이", "indirect", "샤오치잉", "주장했다"}, {"한국의 일부 스트리밍 스타가 우리를 화나게 만들었다", "direct", "샤오치잉", "주장했다"}, {"배추 도매가격은 5662원을 기록했다", "direct", "한국농수산식품유통공사", "전했다"}}},
		{"예고하다 announces; a short term in single marks predicated of a thing before it (준비작업이 ‘마감 단계’라며) stays in the reported clause",
			`김여정 부부장은 '별 걱정을 다해준다, 곧 보면 알게 된다'며 발사까지 예고했다. 김정은 위원장은 ICBM 발사 준비작업이 ‘마감 단계’라며, 시험발사를 예고했다.`,
			[]want{{"별 걱정을 다해준다, 곧 보면 알게 된다", "direct", "김여정", "예고했다"}, {"ICBM 발사 준비작업이 ‘마감 단계’", "indirect", "김정은", "예고했다"}}},
		{"a decision (…다고 결정했다, 확정했다), a comment (논평하였다) and a strong criticism (맹비난하다) report",
			`미래한국당 지도부는 5월 29일까지 합당한다고 확정했다. 자유한국당은 손 떼는 것이 개혁의 출발이라고 논평하였다.`,
			[]want{{"합당한다", "indirect", "미래한국당 지도부", "확정했다"}, {"손 떼는 것이 개혁의 출발이", "indirect", "자유한국당", "논평하였다"}}},
		{"a clause that the next one points back to (…하고 있으며 이는 …) is part of what is said; its subject is no speaker",
			`모실리 총리는 군이 쿠데타를 일으켰다고 말했다. 레소토 육군이 정부청사를 포위하고 있으며 이는 쿠데타 시도로 보인다고 말했다.`,
			[]want{{"군이 쿠데타를 일으켰다", "indirect", "모실리 총리", "말했다"}, {"레소토 육군이 정부청사를 포위하고 있으며 이는 쿠데타 시도로 보인다", "indirect", "모실리 총리", "말했다"}}},
		{"다고 written 다라고 (…가져 왔다라고 말했다) is the same complementizer",
			`저스틴 비버는 바이러스가 내 얼굴에 마비를 가져 왔다라고 말했다.`,
			[]want{{"바이러스가 내 얼굴에 마비를 가져 왔다", "indirect", "저스틴 비버", "말했다"}}},
		{"a quote in a clause made a noun (…가 “…”라고 주장한 것에 대해) is that clause's subject's; an amount of money as subject (2500억이) is no group that speaks but part of what is said, and the omitted subject goes on from the sentence before",
			`선관위는 김영순 후보가 '유일한 여권 후보'라고 주장한 것에 대해 거짓이라고 결정했다. 정부는 확충을 추진한다. 지방비 포함 2500억이 들어갈 것으로 보고 있다.`,
			[]want{{"김영순 후보가 '유일한 여권 후보'라고 주장한 것에 대해 거짓이", "indirect", "선관위", "결정했다"}, {"유일한 여권 후보", "direct", "김영순", "주장한"}, {"지방비 포함 2500억이 들어갈 것", "indirect", "정부", "보고 있다"}}},
		{"the occasion of speaking right after the speaker (공판에서, 경찰 조사에서, 청문회에서) is the setting, not what is said",
			`강훈은 공판에서 조주빈에게 협박당했다고 말했다.`,
			[]want{{"조주빈에게 협박당했다", "indirect", "강훈", "말했다"}}},
		{"에서 marks a company called so in apposition as the subject (시공사인 스마트레일에서 …다고 밝혔다)",
			`많은 시·도민이 광역전철이 운행될 것으로 예상했지만, 시공사인 스마트레일에서 광역전철 계획이 없다고 밝혔다.`,
			[]want{{"광역전철이 운행될 것", "indirect", "시·도민", "예상했지만"}, {"광역전철 계획이 없다", "indirect", "스마트레일", "밝혔다"}}},
		{"a notice (…하겠다고 공지를 올렸다) is a reporting noun",
			`알약을 개발한 이스트시큐리티에서는 정확한 원인 분석 및 긴급 대응을 하겠다고 공지를 올렸다.`,
			[]want{{"정확한 원인 분석 및 긴급 대응을 하겠다", "indirect", "이스트시큐리티", "올렸다"}}},
		{"보도하다 is what the press does: the medium whose survey the clause names speaks, not the share it found",
			`일본 여론도 힘을 보태고 있다. 요미우리 신문 여론조사에서 일본 국민 68%가 방위력 강화에 찬성했다고 보도하였다.`,
			[]want{{"일본 국민 68%가 방위력 강화에 찬성했다", "indirect", "요미우리 신문", "보도하였다"}}},
		{"a foreign name of two words opening a sentence of report as its subject is a person, and 그 after it points back to them",
			`저스틴 비버는 바이러스가 내 얼굴에 마비를 가져 왔다고 말했다. 그는 증상이 있어서 휴식을 취한다고 전했다.`,
			[]want{{"바이러스가 내 얼굴에 마비를 가져 왔다", "indirect", "저스틴 비버", "말했다"}, {"증상이 있어서 휴식을 취한다", "indirect", "저스틴 비버", "전했다"}}},
		{"an apposition saying a name is a company or service (음악 서비스 1위인 멜론이) makes it a speaker; a role in the story (주인, 목격자) speaks",
			`대한민국 온라인 음악 서비스 1위인 멜론이 공지에서 실시간 차트를 폐지하겠다고 밝혔다. 그 채널의 주인은 자신을 같은 대학교에 다니는 학생이라고 밝혔다.`,
			[]want{{"실시간 차트를 폐지하겠다", "indirect", "멜론", "밝혔다"}, {"자신을 같은 대학교에 다니는 학생이", "indirect", "주인", "밝혔다"}}},
		{"an allegation (…다는 의혹이 제기되었다) is a view with no source; with an impersonal verb a subject before the quote is part of what is said",
			`미국에서는 의혹도 제기되었다. 바이든이 손짓을 내보였다는 점을 들어 "바이든의 귀에는 이어폰이 꽂혀 있다" 등의 의혹이 제기되었다. 보고를 고의적으로 누락한 것이 아니냐는 의혹이 제기되었다.`,
			[]want{{"바이든의 귀에는 이어폰이 꽂혀 있다", "direct", "", "제기되었다"}, {"보고를 고의적으로 누락한 것이 아니냐", "indirect", "", "제기되었다"}}},
		{"a city as the subject of a report",
			`성남시가 의료관광홍보센터 5호점을 몽골에 설치한다고 17일 밝혔다.`,
			[]want{{"의료관광홍보센터 5호점을 몽골에 설치한다", "indirect", "성남시", "밝혔다"}}},
		{"a subject left out goes on from the subject that opens the sentence before",
			`대한민국 충청남도가 태풍의 북상에 따라 비상근무에 돌입하였다. 단계별로 비상근무 체제를 강화할 방침에 있다고 밝혔다.`,
			[]want{{"단계별로 비상근무 체제를 강화할 방침에 있다", "indirect", "대한민국 충청남도", "밝혔다"}}},
		{"a thing as the topic is what is said",
			`김재영 교수는 사고 원인을 설명했다. 헬기는 주로 시계비행을 한다고 밝혔다.`,
			[]want{{"헬기는 주로 시계비행을 한다", "indirect", "김재영", "밝혔다"}}},
		{"도 관계자: the province's official, not the particle 도",
			`도 관계자는, “태풍 예방단계부터 비상체제를 가동시켰다”고 말했다.`,
			[]want{{"태풍 예방단계부터 비상체제를 가동시켰다", "direct", "도 관계자", "말했다"}}},
		{"a name ending in 도 before its title (곽상도 의원은): no particle",
			`미래통합당 곽상도 의원은 그 문구가 더불어민주당을 찍으려는 의미로 받아들여질 수 있다며 검찰에 고발하기로 결정했다.`,
			[]want{{"그 문구가 더불어민주당을 찍으려는 의미로 받아들여질 수 있다", "indirect", "곽상도", "결정했다"}}},
		{"a quote closed before the connective of its verb (…했”으며) goes on in the chain",
			`조동원 본부장은 “상징색은 태극기를 모티브로 했다”면서, “빨간색을 기본으로 했”으며, “빨간색은 열정을 상징한다”고 말했다.`,
			[]want{{"상징색은 태극기를 모티브로 했다", "direct", "조동원", "말했다"}, {"빨간색을 기본으로 했", "direct", "조동원", "말했다"}, {"빨간색은 열정을 상징한다", "direct", "조동원", "말했다"}}},
		{"a position held (입장을 고수했다) is said",
			`유경근 대변인은 "오해를 한 것은 맞지만 그런 말을 한 것은 맞다"는 입장을 고수했습니다.`,
			[]want{{"오해를 한 것은 맞지만 그런 말을 한 것은 맞다", "direct", "유경근", "고수했습니다"}}},
		{"quotes listed with a bare 등 before the reporting verb",
			`한편 네티즌들은 "관리를 못 할거면 인수해라", "회선 관리를 제대로 했으면 좋겠다" 등 관리에 대해 대부분 말하고 있다.`,
			[]want{{"관리를 못 할거면 인수해라", "direct", "네티즌들", "말하고 있다"}, {"회선 관리를 제대로 했으면 좋겠다", "direct", "네티즌들", "말하고 있다"}}},
		{"terms in single marks listed with 등 are not said",
			`해당 범위는 ‘조선총독부 중추원참의와 고문을 역임한 자들’ 등 총 7개로 친일파의 개념을 규정했다.`,
			nil},
		{"a count of people with a native numeral speaks as the group counted",
			`경찰 대변인은 수사를 시작했다고 밝혔다. 세 여성은 두 남녀가 자신들을 감금하고 있었다고 말했다.`,
			[]want{{"수사를 시작했다", "indirect", "경찰 대변인", "밝혔다"}, {"두 남녀가 자신들을 감금하고 있었다", "indirect", "여성", "말했다"}}},
		{"a plural of people in 인/자 speaks (상인들, 목격자들)",
			`사건을 지켜본 목격자들은 경찰관이 쓰러진 남성에게 또 총을 쐈다고 말했다.`,
			[]want{{"경찰관이 쓰러진 남성에게 또 총을 쐈다", "indirect", "목격자들", "말했다"}}},
		{"a circle named as where a statement comes from (가톨릭계에서는)",
			`한편 일리노이 주 가톨릭계에서는 성명을 내고 "주의회가 권한을 넘는 결정을 한 데 대해 유감을 표한다"며 불편한 시각을 내비쳤다.`,
			[]want{{"주의회가 권한을 넘는 결정을 한 데 대해 유감을 표한다", "direct", "일리노이 주 가톨릭계", "내비쳤다"}}},
		{"casualties counted are never the source",
			`경찰 관계자는 구조가 늦어졌다고 밝혔다. 이후 더 많은 사상자들이 생길 수 있다고 덧붙였다.`,
			[]want{{"구조가 늦어졌다", "indirect", "경찰 관계자", "밝혔다"}, {"이후 더 많은 사상자들이 생길 수 있다", "indirect", "경찰 관계자", "덧붙였다"}}},
		{"…”이라 전했다: 라 without 고; a verb inside the quote is not the chain's",
			`박유진 서울시의원은 자신도 불편을 겪고 있다며, "서울시 차원의 선제 대응을 촉구할 계획"이라 전했다.`,
			[]want{{"자신도 불편을 겪고 있다", "indirect", "박유진", "전했다"}, {"서울시 차원의 선제 대응을 촉구할 계획", "direct", "박유진", "전했다"}}},
		{"a topic set off by a comma after the relative clause that describes it",
			`1991년부터 사업을 추진해온 한국농어촌공사는, "갑문을 열면 들인 비용이 물거품이 된다"고 말했다.`,
			[]want{{"갑문을 열면 들인 비용이 물거품이 된다", "direct", "한국농어촌공사", "말했다"}}},
		{"…라고 보기 어렵다 is the writer's judgement, no report",
			`해당 콘텐츠는 공익적 성격을 지녔다고 보기 어려웠다.`,
			nil},
		{"…고 보기도 힘들다 inside a report is part of what is said",
			`이상현 위원은 보도가 되지 않았으니 평가가 있었다고 보기도 힘들다고 말했다.`,
			[]want{{"보도가 되지 않았으니 평가가 있었다고 보기도 힘들다", "indirect", "이상현", "말했다"}}},
		{"the medium of a statement (보도자료에서, SNS를 통해) is its scene, not what is said",
			`국방부는 보도자료에서 사드 체계는 오로지 대한민국을 방어하기 위한 것이라고 밝혔다. 은평구는 2일 블로그를 통해 긴급 방역을 시행하고 있다고 알렸다.`,
			[]want{{"사드 체계는 오로지 대한민국을 방어하기 위한 것이", "indirect", "국방부", "밝혔다"}, {"긴급 방역을 시행하고 있다", "indirect", "은평구", "알렸다"}}},
		{"two topics before a quote: the first speaks, the second is what it is about",
			`코레일은 대학생은 "문 개폐만 맡을 것"이라고 했지만, 차장은 무선교신도 맡는다.`,
			[]want{{"문 개폐만 맡을 것", "direct", "코레일", "했지만"}}},
		{"시 alone is the city last named",
			`서울시는 보수 공사를 시작한다고 6일 밝혔다. 동상을 이전하여 보수하는 것이 불가피하다고 시는 설명했다.`,
			[]want{{"보수 공사를 시작한다", "indirect", "서울시", "밝혔다"}, {"동상을 이전하여 보수하는 것이 불가피하다", "indirect", "서울시", "설명했다"}}},
		{"X의 정보에 따르면: the author of the information",
			`동일본 여객철도의 정보에 따르면, 게이힌 도호쿠 선은 선로변 화재로 인해 지연되었다.`,
			[]want{{"게이힌 도호쿠 선은 선로변 화재로 인해 지연되었다", "indirect", "동일본 여객철도", "따르면"}}},
		{"a report in a clause made a noun (…다고 주장한 것에 대해) is its own subject's, and the speaker goes on",
			`재판부는 또 임기가 보장된 윤 총장이 회복할 수 없는 손해를 입게 된다고 주장한 것에 대해 “긴급한 필요가 인정되는 점을 고려했다”고 밝혔다. 발언에 대해서도 부적절한 언행으로 단정하기 어렵다고 봤다.`,
			[]want{{"회복할 수 없는 손해를 입게 된다", "indirect", "윤 총장", "주장한"}, {"긴급한 필요가 인정되는 점을 고려했다", "direct", "재판부", "밝혔다"}, {"발언에 대해서도 부적절한 언행으로 단정하기 어렵다", "indirect", "재판부", "봤다"}}},
		{"a document through which a statement is made is its scene",
			`재판부는 결정문을 통해 징계 사유 대부분이 소명이 부족하다고 봤다.`,
			[]want{{"징계 사유 대부분이 소명이 부족하다", "indirect", "재판부", "봤다"}}},
		{"a person kept anonymous (김 모씨) is named as written, each apart",
			`택시기사 김 모씨는 "도로명만 보고는 어렵다"고 했다. 택배기사 이 모씨는 "주소를 다 외워야 하니 큰일"이라고 했다.`,
			[]want{{"도로명만 보고는 어렵다", "direct", "김 모씨", "했다"}, {"주소를 다 외워야 하니 큰일", "direct", "이 모씨", "했다"}}},
		{"after a quote chained with 며, the next reported clause stands apart; 했다 after 다고 is the reporting verb",
			`김 씨는 "도로명만 보고는 어렵다"며 내비에도 새주소가 없어 애를 먹는다고 했다.`,
			[]want{{"도로명만 보고는 어렵다", "direct", "김 씨", "했다"}, {"내비에도 새주소가 없어 애를 먹는다", "indirect", "김 씨", "했다"}}},
		{"이에 대해 points back and frames the report, it is not said",
			`국방부는 26일 이에 대해 조속한 작전운용능력을 확보한 것이라고 설명했다.`,
			[]want{{"조속한 작전운용능력을 확보한 것이", "indirect", "국방부", "설명했다"}}},
		{"the words of another quote and vs before a title line's quote are no name",
			"여야, 예산안 처리 놓고 충돌…\"합의 없인 불가\" vs \"단독 처리\"\n박찬대 원내대표는 \"대폭 수정하지 않으면 통과시킬 수 없다\"고 말했다.",
			[]want{{"합의 없인 불가", "direct", "", ""}, {"단독 처리", "direct", "", ""}, {"대폭 수정하지 않으면 통과시킬 수 없다", "direct", "박찬대", "말했다"}}},
		{"X 측은 (side + topic, not the tagger's 측은, pity) speaks as X",
			`재판부는 "손해를 끼쳤다"고 판시했다. 소속사 측은 "사실이 아니다"라며 법적 대응을 예고했다.`,
			[]want{{"손해를 끼쳤다", "direct", "재판부", "판시했다"}, {"사실이 아니다", "direct", "소속사", "예고했다"}}},
		{"a role written before a one-word name (가수 아이유) is a person; a post (글) is said (아이유 is a common noun to the dictionary, so the calling stays in the name)",
			`재판부는 "손해를 끼쳤다"고 판시했다. 가수 아이유는 자신의 SNS에 "팬들에게 감사하다"는 글을 올렸다.`,
			[]want{{"손해를 끼쳤다", "direct", "재판부", "판시했다"}, {"팬들에게 감사하다", "direct", "가수 아이유", "올렸다"}}},
		{"a disclosure (공시했다) reports",
			`삼성전자는 3분기 영업이익이 10조원으로 잠정 집계됐다고 8일 공시했다.`,
			[]want{{"3분기 영업이익이 10조원으로 잠정 집계됐다", "indirect", "삼성전자", "공시했다"}}},
		{"하다 joining the next clause after a complementizer (다고 했으며, 라고 하며) is the subject's saying",
			`정세균 국무총리는 신속히 인명을 구조하겠다고 했으며 화재를 진압하라는 지시를 내렸다. 대부분의 사람들은 "우리의 잘못"이라고 하며 사과했다.`,
			[]want{{"신속히 인명을 구조하겠다", "indirect", "정세균", "했으며"}, {"우리의 잘못", "direct", "사람들", "하며"}}},
		{"…다고 해도 supposes, it reports nothing",
			`아무리 군사를 증강한다고 해도, 가장 큰 문제는 재산이다.`,
			nil},
		{"testimony, a confession, a jury's verdict and a notice report what they say",
			`러시아 군 관계자는 조종사가 무리한 착륙을 시도하던 도중 사고가 발생했다고 증언하였다. 그는 그 사건도 자신이 지시했다고 자백했다. 배심원단은 삼성전자가 애플의 특허를 침해했다고 평결하였다. 교육청은 해당 학교를 폐교한다고 학생들에게 통보하였다.`,
			[]want{{"조종사가 무리한 착륙을 시도하던 도중 사고가 발생했다", "indirect", "러시아 군 관계자", "증언하였다"}, {"그 사건도 자신이 지시했다", "indirect", "러시아 군 관계자", "자백했다"}, {"삼성전자가 애플의 특허를 침해했다", "indirect", "배심원단", "평결하였다"}, {"해당 학교를 폐교한다", "indirect", "교육청", "통보하였다"}}},
		{"a complementizer written apart after a quote (“…” 라고) frames the direct quote only",
			`일부 일본인들은 "반일 세력이 수작질을 한 것이다" 라고 하면서 사진을 올렸다.`,
			[]want{{"반일 세력이 수작질을 한 것이다", "direct", "일부 일본인들", "하면서"}}},
		{"a candidate named again by family name and 후보자 is the candidate",
			`김태호 국무총리 후보자는 29일 사퇴했다. 김 후보자는 국민의 신뢰가 없으면 아무 일도 할 수 없다며 사퇴 이유를 밝혔다.`,
			[]want{{"국민의 신뢰가 없으면 아무 일도 할 수 없다", "indirect", "김태호", "밝혔다"}}},
		{"an aspect auxiliary glued after the reporting verb (주장해왔다, 밝혀왔다) keeps it a report",
			`부시 행정부는 고문으로 얻은 정보가 효과를 보고 있다고 주장해왔다. 국방부는 무인기가 추락했다고 밝혀왔다.`,
			[]want{{"고문으로 얻은 정보가 효과를 보고 있다", "indirect", "부시 행정부", "주장해왔다"}, {"무인기가 추락했다", "indirect", "국방부", "밝혀왔다"}}},
		{"the passive 알려졌다 reports no one",
			`무인기가 추락했다고 알려졌다.`,
			nil},
		{"a term in single marks is part of the clause a source frame reports",
			`대한상공회의소가 발표한 보도자료에 따르면, ‘맑음’으로 전망된 업종은 하나도 없었다.`,
			[]want{{"‘맑음’으로 전망된 업종은 하나도 없었다", "indirect", "대한상공회의소", "따르면"}}},
		{"a threat (협박) is said",
			`사채업자들은 피해자의 가족에게 성매매 사실을 알리겠다는 협박도 했다.`,
			[]want{{"피해자의 가족에게 성매매 사실을 알리겠다", "indirect", "사채업자들", "했다"}}},
		{"a text cited with 에 따르면 is the source of what follows, a law too; a ruling is its court's",
			`정보통신망법에 따르면 영리목적의 광고성 정보는 이메일에 ‘(광고)’를 표기해야 한다. 서울고등법원의 판결에 따르면 해당 광고는 위법이다.`,
			[]want{{"영리목적의 광고성 정보는 이메일에 ‘(광고)’를 표기해야 한다", "indirect", "정보통신망법", "따르면"}, {"해당 광고는 위법이다", "indirect", "서울고등법원", "따르면"}}},
		{"a title's own question before its quote is no name",
			"용감한 녀석들 선거법 위반? “선거법 위반 아니다”\n선관위 측은 16일 “추가 조사할 계획도 없다”고 밝혔다.",
			[]want{{"선거법 위반 아니다", "direct", "", ""}, {"추가 조사할 계획도 없다", "direct", "선관위", "밝혔다"}}},
		{"a term in single marks glued to 라고 ends the reported clause (‘리설주’라고 전했다)",
			`조선중앙통신은 26일 보도를 통해, 완공식에 김정은 최고사령관과 동행한 인물이 부인인 ‘리설주’라고 전했다.`,
			[]want{{"완공식에 김정은 최고사령관과 동행한 인물이 부인인 ‘리설주’", "indirect", "조선중앙통신", "전했다"}}},
		{"라며 before an action in the progressive is said by the one acting; a reporting noun as the verb's object reports",
			`미국 정부 등 서방은 크림반도 합병 조약 서명이 국제법 위반이라며 추가 제재를 준비하고 있다. 이것을 일부 비평가들은 인터넷을 검열하는데 사용될 것이라고 우려를 나타냈다.`,
			[]want{{"크림반도 합병 조약 서명이 국제법 위반이", "indirect", "미국 정부 등 서방", "준비하고 있다"}, {"인터넷을 검열하는데 사용될 것이", "indirect", "일부 비평가들", "나타냈다"}}},
		{"하고 (있다) and 하지만 after a complementizer are the subject's saying",
			`이 사고에 대해 여러 사람들은 정부의 잘못이라고 하고 있다. 미국 언론들은 한국 대통령이 막말을 했다고 하지만 미국 정부는 답하지 않았다.`,
			[]want{{"정부의 잘못이", "indirect", "여러 사람들", "하고 있다"}, {"한국 대통령이 막말을 했다", "indirect", "미국 언론들", "하지만"}}},
		{"what must be said (덧붙여야 한다) reports no one; 에서 marks a body as subject",
			`광고를 전송하려면 이메일 제목에 ‘(광고)’라고 반드시 덧붙여야 한다. 미국의 여러 언론에서 한국 대통령이 막말 외교를 했다고 하지만 미국 정부는 답하지 않았다.`,
			[]want{{"한국 대통령이 막말 외교를 했다", "indirect", "여러 언론", "하지만"}}},
		{"after a reporting verb in the progressive the next clause starts past its auxiliary",
			`대한민국 정부는 미사일 발사에 기술적인 문제가 발생하였을 것으로 추측하고 있으며, 기상조건의 영향을 받았을 수도 있다고 보고 있다.`,
			[]want{{"미사일 발사에 기술적인 문제가 발생하였을 것", "indirect", "대한민국 정부", "추측하고 있으며"}, {"기상조건의 영향을 받았을 수도 있다", "indirect", "대한민국 정부", "보고 있다"}}},
		{"그 is the person last made the topic, named with an organisation and a compound title (백악관 국가안보보좌관); 백악관에서는 speaks",
			`푸틴 러시아 대통령은 “러시아는 가장 강력한 핵무장 국가”라며, 가능성을 내비쳤다. 제이크 설리번 백악관 국가안보보좌관은 러시아 관료들에게 지속적으로 알려왔다고 밝혔다. 그는 "우리는 러시아와 직접 소통하고 있다"고 말했다. 그러나 10월 8일 백악관에서는 "징후가 포착된 것은 없다"고 밝혔다.`,
			[]want{{"러시아는 가장 강력한 핵무장 국가", "direct", "푸틴", "내비쳤다"}, {"러시아 관료들에게 지속적으로 알려왔다", "indirect", "제이크 설리번", "밝혔다"}, {"우리는 러시아와 직접 소통하고 있다", "direct", "제이크 설리번", "말했다"}, {"징후가 포착된 것은 없다", "direct", "백악관", "밝혔다"}}},
		{"being told written apart (보고 받았다) is not saying: the outer report holds the whole",
			`청와대는 사드 발사대 4기가 추가로 국내에 배치되었다고 보고 받았다고 밝혔다.`,
			[]want{{"사드 발사대 4기가 추가로 국내에 배치되었다고 보고 받았다", "indirect", "청와대", "밝혔다"}}},
		{"after a topic that opens the sentence, a subject marked 이/가 that is no person or body is what is said",
			`경찰은 "구조가 늦어졌다"고 밝혔다. 현장 사망은 149명, 병원 이송 후 109명이 사망하였다고 했다.`,
			[]want{{"구조가 늦어졌다", "direct", "경찰", "밝혔다"}, {"현장 사망은 149명, 병원 이송 후 109명이 사망하였다", "indirect", "경찰", "했다"}}},
		{"a kind of body written before a one-word name (전문기관 두잇서베이, 해킹 그룹 샤오치잉) makes it a body that speaks",
			`온라인 설문조사 전문기관 두잇서베이는 전체의 65.8%가 택시를 대중교통으로 생각하지 않는 것으로 나타났다고 밝혔다. 중국의 해킹 그룹 샤오치잉은 한국에 대한 작전을 준비하고 있다고 밝혔다.`,
			[]want{{"전체의 65.8%가 택시를 대중교통으로 생각하지 않는 것으로 나타났다", "indirect", "두잇서베이", "밝혔다"}, {"한국에 대한 작전을 준비하고 있다", "indirect", "샤오치잉", "밝혔다"}}},
		{"a subject inside a relative clause does not speak, a determiner before the noun it modifies too",
			`노조는 "파업을 계속한다"고 밝혔다. 모회사와 자회사가 경쟁하는 이런 경쟁구조는 수용할 수 없다고 맞섰다.`,
			[]want{{"파업을 계속한다", "direct", "노조", "밝혔다"}, {"모회사와 자회사가 경쟁하는 이런 경쟁구조는 수용할 수 없다", "indirect", "노조", "맞섰다"}}},
		{"the owner of a claim made the topic (X의 주장은, X의 공약 중 하나는) says what follows",
			`퓨 리서치 센터에 따르면 지지자 중 79%가 찬성한다고 말했다. 김영수 장관의 주장은 예산을 늘리겠다는 것이다. 김영수 장관의 공약 중 또 하나는 세금을 줄이겠다는 약속이다.`,
			[]want{{"지지자 중 79%가 찬성한다", "indirect", "퓨 리서치 센터", "말했다"}, {"예산을 늘리겠다", "indirect", "김영수", ""}, {"세금을 줄이겠다", "indirect", "김영수", "약속이다"}}},
		{"a sentence's end glued to the next word (밝혔다.문) ends it; one acting for another (권한대행) and a committee by its short name (징계위) speak",
			`문 대통령은 트위터에 "같이 갑시다"라고 밝혔다.문 대통령은 "동맹은 강력하다"며 이같이 말했다. 징계위는 혐의는 증거가 부족하다고 보고 무혐의 결정을 내렸다. 정 권한대행은 "스스로 변론을 포기했다"며 해명했다.`,
			[]want{{"같이 갑시다", "direct", "문 대통령", "밝혔다"}, {"동맹은 강력하다", "direct", "문 대통령", "말했다"}, {"혐의는 증거가 부족하다", "indirect", "징계위", "보고"}, {"스스로 변론을 포기했다", "direct", "정 권한대행", "해명했다"}}},
		{"a medium ending a compound (대국민담화문에서) sets the scene; a view negated or purposed (…란 말이 나오지 않도록) reports nothing; a relative clause with an object (이 부회장이 사과를 한 이유는) has no speaker",
			`이 부회장은 대국민담화문에서 자기 자식들에게 경영권을 물려주지 않겠다고 했다. 더 이상 삼성에서는 무노조 경영이란 말이 나오지 않도록 하겠다. 이 부회장이 사과를 한 이유는 삼성준법감시위원회가 공개 사과를 할 것을 요구했기 때문이다.`,
			[]want{{"자기 자식들에게 경영권을 물려주지 않겠다", "indirect", "이 부회장", "했다"}, {"공개 사과를 할 것", "indirect", "삼성준법감시위원회", "요구했기"}}},
		{"…라는 것이다 after the sentence names views as its subject is those views', no one's",
			`정세균 국무총리는 인명을 구조하겠다고 했다. 이번 화재는 비판적인 의견도 많았는데, 아파트 전체가 불에 타고 있다는 점이라는 것이다.`,
			[]want{{"인명을 구조하겠다", "indirect", "정세균", "했다"}, {"이번 화재는 비판적인 의견도 많았는데, 아파트 전체가 불에 타고 있다는 점", "indirect", "", ""}}},
		{"라고만 frames a quote like 라고; a noun and a verb written as one word (결론내렸다) report as one verb",
			`한국 군대는 공식 발표를 했으며, '여러 대'라고만 보고하였다. 합동조사단은 덩 씨를 스파이가 아니라 비자 브로커라고 결론내렸다.`,
			[]want{{"여러 대", "direct", "한국 군대", "보고하였다"}, {"덩 씨를 스파이가 아니라 비자 브로커", "indirect", "합동조사단", "결론내렸다"}}},
		{"a topic alone before a quote that ends its sentence said it; 는 written apart after the mark; words as the means of an act (…는 말로) are said",
			`그녀는 감금된 채 살았다. 30세의 영국 여성은 "외부와의 접촉이 일절 없었다". 안느 이달고 시장은 "파리는 애도하고 있다" 는 추모 글을 트위터에 올렸다. 이정희 후보는 사퇴를 발표했다. 마지막으로 “진보의 미래를 열겠다”는 말로 기자회견장을 빠져나갔다.`,
			[]want{{"외부와의 접촉이 일절 없었다", "direct", "영국 여성", ""}, {"파리는 애도하고 있다", "direct", "안느 이달고", "올렸다"}, {"진보의 미래를 열겠다", "direct", "이정희", "빠져나갔다"}}},
		{"both sides (양측) and a control room (관제실에서는) speak",
			`오늘 새누리당 원내대표와 유가족 대책위 지도부가 만나 회동을 가졌고, 양측은 서로 오해를 설명하는 자리였다고 밝혔다. 관제실에서는 누리호가 궤도에 진입하기 힘들것이라고 예측하였다.`,
			[]want{{"서로 오해를 설명하는 자리였다", "indirect", "양측", "밝혔다"}, {"누리호가 궤도에 진입하기 힘들것이", "indirect", "관제실", "예측하였다"}}},
		{"a name introduced with its Latin spelling in brackets speaks when written again by one of its words",
			`이 사태의 시작은 틱톡 스타인 벨라 포치(Bella Poarch)의 영상이다. 벨라는 이러한 반응을 보고 상처를 받았다고 말했다.`,
			[]want{{"이러한 반응을 보고 상처를 받았다", "indirect", "벨라", "말했다"}}},
		{"고인 (the deceased) is the person whose death the article reports",
			"수학자 김용운 별세\n대한민국의 대표적인 수학자인 김용운 한양대학교 명예교수가 지난 5월 30일 별세했다. 고인은 수학과 구조주의, 인류학이 모두 통한다고 보았다.",
			[]want{{"수학과 구조주의, 인류학이 모두 통한다", "indirect", "김용운", "보았다"}}},
		{"a verb inside a quote is not a reporting noun's verb",
			`도종환 의원의 역사교과서가 부적절하게 기술했다는 질문에 "역사를 전체적인 맥락에서 볼 필요도 있다"며 "교육부에서 시정할 예정"이라고 했다.`,
			[]want{{"역사를 전체적인 맥락에서 볼 필요도 있다", "direct", "", "했다"}, {"교육부에서 시정할 예정", "direct", "", "했다"}}},
		{"after a clause ending in -(으)나 or -지만, a body marked 이/가 opening the next clause speaks",
			`가로세로연구소는 6000만원을 민경욱에게 전달하려 했으나 중앙선거관리위원회가 돈을 주면 법 위반이라고 경고했다.`,
			[]want{{"돈을 주면 법 위반이", "indirect", "중앙선거관리위원회", "경고했다"}}},
		{"a reporting noun's verb in the potential (…는 주장이 제기될 수 있는) reports no statement",
			`군이 부실하게 사건을 수사한 것이 아니냐는 주장이 제기될 수 있는 지점입니다.`,
			nil},
		{"a setting verb with its auxiliary (열지 않겠다) is what is said, not the scene; 폭로, 판정, a text sent, 하자",
			`총학생회는 더이상 촛불집회를 열지 않겠다고 하자 학생들이 반발했다. 동물단체는 사육 환경도 열약했다고도 폭로했다. 감사원은 방치 현상이 시설공단의 책임이라고 판정하였다. 강화군은 주민들에게 무인기가 관측됐다고 문자를 보냈다.`,
			[]want{{"더이상 촛불집회를 열지 않겠다", "indirect", "총학생회", "하자"}, {"사육 환경도 열약했다", "indirect", "동물단체", "폭로했다"}, {"방치 현상이 시설공단의 책임이", "indirect", "감사원", "판정하였다"}, {"주민들에게 무인기가 관측됐다", "indirect", "강화군", "보냈다"}}},
		{"어떠한 X도 (not any X) is no subject",
			`이후 한미 양국은 사드체계가 조속히 배치될 수 있도록 협력 중이며, 사드가 어떠한 제3국도 지향하지 않을 것이라고 밝혔다.`,
			[]want{{"사드체계가 조속히 배치될 수 있도록 협력 중이며, 사드가 어떠한 제3국도 지향하지 않을 것이", "indirect", "한미 양국", "밝혔다"}}},
		{"after 에 따르면 a person marked 이/가 speaks for the verb; a quote followed by a reporting verb in the potential is no quote",
			`펑파이에 올라온 글에 따르면, 한 남성이 얼굴을 다쳤다고 주장했다. 연구소의 기준은 달랐지만 “해당 연구소에서 의도적으로 결과를 도출했다”고 보기는 어렵다.`,
			[]want{{"얼굴을 다쳤다", "indirect", "한 남성", "주장했다"}}},
		{"a chain's verb before 때문이다 is the predicate the cause names",
			`또 푸틴 대통령은 지난 2월 “러시아는 가장 강력한 핵무장 국가”라며, 핵무기 사용 가능성을 내비쳤기 때문이다.`,
			[]want{{"러시아는 가장 강력한 핵무장 국가", "direct", "푸틴", "내비쳤기"}}},
		{"the people a clause of saying describes (…라고 말하는 사람들도 있었다) said it; 이들 names nobody",
			`경찰은 "조짐은 없었다"고 말했다. 반면 외국인들도 많이 모이는 이태원이라는 점을 들어 "외국인이나 미군이 그런 것이다" 라고 말하는 사람들도 있었다. "역시 최악의 세대다" 라며 세대 혐오를 하는 이들도 있었다.`,
			[]want{{"조짐은 없었다", "direct", "경찰", "말했다"}, {"외국인이나 미군이 그런 것이다", "direct", "사람들", "말하는"}, {"역시 최악의 세대다", "direct", "", "있었다"}}},
		{"right after a report, a sentence whose only subject sits inside its clause goes on from the speaker before; a passive report (보고되었다) is no quote",
			`이어서 간담회를 연 국민의힘은 난방비를 정쟁화한다며 반박에 나섰다. 문재인 정부 때 가스값이 올랐는데 요금은 13%만 올려서 현 정부가 부담을 떠안게 됐다고 했다. 난방비가 두 배 이상 오른 가정이 매우 많다고 보고되었다.`,
			[]want{{"난방비를 정쟁화한다", "indirect", "국민의힘", "나섰다"}, {"문재인 정부 때 가스값이 올랐는데 요금은 13%만 올려서 현 정부가 부담을 떠안게 됐다", "indirect", "국민의힘", "했다"}}},
		{"a document's content with the medium's name between (…자는 내용의 페이스북 메시지를 올렸다) is its author's",
			`박근혜 대통령은 새해를 맞아 어려움을 함께 이겨내자는 내용의 페이스북 메시지를 올렸다.`,
			[]want{{"새해를 맞아 어려움을 함께 이겨내자", "indirect", "박근혜", "올렸다"}}},
		{"hearsay in a later paragraph names nobody",
			`구단은 “유감이다”라고 밝혔다.
경기장에는 신고 전화가 빗발쳤다고 한다.`,
			[]want{{"유감이다", "direct", "구단", "밝혔다"}, {"경기장에는 신고 전화가 빗발쳤다", "indirect", "", "한다"}}},
		{"a sentence that announces someone's words (이렇게 말했다) makes the next paragraph theirs, to its end",
			"정의당은 해단식을 열었다. 심상정 대표는 해단식에서 이렇게 말했다.\n많은 시민들이 정의당을 지지해줬다. 더 좋은 결과 보여드리지 못해 죄송하다.\n정의당은 다시 시작할 예정이다.",
			[]want{{"많은 시민들이 정의당을 지지해줬다. 더 좋은 결과 보여드리지 못해 죄송하다.", "direct", "심상정", "말했다"}}},
		{"a paragraph announced by 이렇게 말했다 that opens with a person as its topic is the writer's narration",
			"이재용 부회장은 대국민담화문을 발표했다. 한편 이재용은 국회 청문회에서 이렇게 말했다.\n이 부회장은 여러 일들에 대해서 사과했다.\n그는 2016년부터 재판을 받고 있다.",
			nil},
		{"a paragraph in the polite style or the first person, without marks, in an article told in the plain style is the last speaker's words",
			"신천지 측은 언론 보도가 왜곡이라고 주장했다. 아래는 그 내용이다.\n관리인이 들어가 관리하는 부분은 문제삼지 않겠다. 조율된 부분이 있었습니다. 마치 법을 어긴 것처럼 기사로 냈습니다.\n경기도는 허가한 적이 없다고 말했다.",
			[]want{{"언론 보도가 왜곡이", "indirect", "신천지", "주장했다"}, {"관리인이 들어가 관리하는 부분은 문제삼지 않겠다. 조율된 부분이 있었습니다. 마치 법을 어긴 것처럼 기사로 냈습니다.", "direct", "신천지", ""}, {"허가한 적이 없다", "indirect", "경기도", "말했다"}}},
		{"in an article told in the polite style, a polite paragraph is narration",
			"북한이 미사일을 발사했습니다. 김철수 합참 대변인은 고도가 500km였다고 밝혔습니다.\n군은 발사체를 포착한 것으로 전해졌습니다.\n정부는 회의를 열고 대책을 논의했습니다.",
			[]want{{"고도가 500km였다", "indirect", "김철수", "밝혔습니다"}}},
		{"a subject inside an embedded question (…이 있었는지에 대한 질문에는) does not answer it; the one who answered before does",
			`어느 쪽이 먼저 제안했는지에 대한 질문에 통일부 관계자가 "양측이 합의한 결과"라고 대답했다. 북측의 요구사항이 있었는지에 대한 질문에는 "세부 협의가 이뤄지진 않았다"라고 대답하였다.`,
			[]want{{"양측이 합의한 결과", "direct", "통일부 관계자", "대답했다"}, {"세부 협의가 이뤄지진 않았다", "direct", "통일부 관계자", "대답하였다"}}},
		{"는 after an adverbial case particle (향후 계획으로는) marks no speaker",
			`통일부 관계자가 "양측이 합의한 결과"라고 대답했다. 향후 계획으로는 "현안 문제들에 대해 협의해나갈 것"이라고 밝혔다.`,
			[]want{{"양측이 합의한 결과", "direct", "통일부 관계자", "대답했다"}, {"현안 문제들에 대해 협의해나갈 것", "direct", "통일부 관계자", "밝혔다"}}},
		{"what follows an act of examining in -는데 is the examiner's finding, even as hearsay (…하였는데, …라고 한다)",
			`문종현 이스트시큐리티 이사는 이 해킹 방식에 대해 분석을 하였는데, 웹사이트에 침투해 화면을 바꾸는 형태의 해킹이라고 한다.`,
			[]want{{"웹사이트에 침투해 화면을 바꾸는 형태의 해킹이", "indirect", "문종현", "한다"}}},
		{"a name in marks right after the noun of a group (해킹 그룹 '샤오치잉') names that group, which can speak; a writing put out (글을 업로드해) is the medium, not what is said",
			`중국의 해킹 그룹 '샤오치잉'이 학술 기관들의 홈페이지를 해킹했다. 샤오치잉은 지난 1월 7일, 자신들의 공식 홈페이지에 글을 업로드해 한국에 대한 데이터 유출 작전을 준비하고 있다고 밝혔다.`,
			[]want{{"한국에 대한 데이터 유출 작전을 준비하고 있다", "indirect", "샤오치잉", "밝혔다"}}},
		{"a press release put out (보도자료를 내고) is the medium of the report",
			`대한민국 기상청은 오늘 보도자료를 내고 한반도에서 지진이 총 42회 발생하였다고 밝혔다.`,
			[]want{{"한반도에서 지진이 총 42회 발생하였다", "indirect", "대한민국 기상청", "밝혔다"}}},
		{"a bare verb modifier between a noun and a title (알/NNG 그린/VV+ETM 의원) ends a foreign name",
			`민주당 알 그린 하원의원은 17일에 탄핵을 촉구한다고 밝혔다. 알 그린 의원은 대통령의 행위가 '사법 방해'에 해당한다고 주장했다.`,
			[]want{{"탄핵을 촉구한다", "indirect", "알 그린", "밝혔다"}, {"대통령의 행위가 '사법 방해'에 해당한다", "indirect", "알 그린", "주장했다"}}},
		{"a report that arrives (…다는 보고가 들어왔다, 제보가 들어왔다) is speech whose source is not named",
			`무인기가 6시간 동안 대한민국 상공을 날아다녔다는 보고가 들어왔다.`,
			[]want{{"무인기가 6시간 동안 대한민국 상공을 날아다녔다", "indirect", "", "들어왔다"}}},
		{"what is said is inside the marks, so the topic opening the sentence outside them says it, even a name the dictionary does not know",
			`핑크퐁은 과거 동요 '상어 가족'을 인터뷰했을 당시, "우리가 동요를 작곡하고 캐릭터를 제작하였다" 라고 언급하였다.`,
			[]want{{"우리가 동요를 작곡하고 캐릭터를 제작하였다", "direct", "핑크퐁", "언급하였다"}}},
		{"a broadcaster's caption (…라는 자막을 송출하였고) is its words; a rumour that arises (…다는 루머가 생겼다) is speech with no source named",
			`결국 MBC는 중계 마지막에 "해당 국가와 시청자 여러분들께 사과드립니다."라는 자막을 송출하였다. 개막식이 부실해졌다는 루머가 생겼다.`,
			[]want{{"해당 국가와 시청자 여러분들께 사과드립니다.", "direct", "MBC", "송출하였다"}, {"개막식이 부실해졌다", "indirect", "", "생겼다"}}},
		{"after a sentence whose topic reports with no quote of its own (…은 이에 대해서도 MBC에게 비판했다), a report with no subject is that topic's, not an earlier speaker's",
			`경기도가 허가한 적이 없다고 경기도는 말했다. 또, MBC는 '빛의 군대'라고 불리는 신천지예수교 증거장막성전의 정신교육에 대해 보도했는데, 신천지예수교 증거장막성전은 이에 대해서도 MBC에게 비판했다. 대학생이 사망한 사고에 대해서는 담당자의 실수였다고 했다.`,
			[]want{{"경기도가 허가한 적이 없다", "indirect", "경기도", "말했다"}, {"대학생이 사망한 사고에 대해서는 담당자의 실수였다", "indirect", "신천지", "했다"}}},
		{"the subject marked 이/가 opening the sentence reports; a topic after it, with no clause closed between, opens what is said, past the place of saying",
			`신천지예수교 증거장막성전이 교인들만 볼 수 있는 인터넷 온라인 예배에서 언론의 관련 보도는 왜곡이라고 주장했다. 대한민국 국방부가 2020년 4월 말부터 이태원 등지의 클럽을 방문한 군인들은 10일까지 자진신고 하라고 지시했다.`,
			[]want{{"언론의 관련 보도는 왜곡이", "indirect", "신천지", "주장했다"}, {"이태원 등지의 클럽을 방문한 군인들은 10일까지 자진신고 하라", "indirect", "대한민국 국방부", "지시했다"}}},
		{"a title with 는 that the dictionary reads as a verb's modifier (직무대리는: 대리/VV 는/ETM) is the title as the topic",
			`윤석열 검찰총장 측은 행정 소송을 제기했다. 정한중 징계위원장 직무대리는 의결을 마치고 나오며 "증거에 입각해서 혐의를 인정했다"고 밝혔다.`,
			[]want{{"증거에 입각해서 혐의를 인정했다", "direct", "정한중", "밝혔다"}}},
		{"a country with 에서는 before quoted words speaks through its government, not the topic of an earlier clause",
			`최근 한국은 단일 세력외교 지향으로 가고 있으며, 이란에서는 "비외교적 태도"라며 "한국 정부의 응답을 기다린다"고 밝혔다.`,
			[]want{{"비외교적 태도", "direct", "이란", "밝혔다"}, {"한국 정부의 응답을 기다린다", "direct", "이란", "밝혔다"}}},
		{"two topics set against each other by -지만 (X는 …하겠지만, Y는 …) are what is said; the speaker is left out and goes on",
			`국제통화기금은 올해 세계의 성장률을 -3.0%로 전망했다. 중화인민공화국과 인도는 성장하겠지만, 다른 신흥국들은 줄줄이 역성장 할 것이라고 예상했다.`,
			[]want{{"중화인민공화국과 인도는 성장하겠지만, 다른 신흥국들은 줄줄이 역성장 할 것이", "indirect", "국제통화기금", "예상했다"}}},
		{"a topic whose own act before -지만 is speaking says the rest (조 교수는 새로운 시도를 강조하지만, 연구 방법은 …)",
			`조 교수는 새로운 시도를 강조하지만 연구 방법은 우직해야 한다고 말했다.`,
			[]want{{"새로운 시도를 강조하지만 연구 방법은 우직해야 한다", "indirect", "조 교수", "말했다"}}},
		{"a family name and a title (문 전 대표, read 문/VV+ETM 전/MM) name again the one written in full before with them, when the recogniser missed the name",
			`더불어 민주당의 문재인 전 대표도 언급했다. 문 전 대표는 "예술의 영역과 정치의 영역은 다르다"고 충고했다.`,
			[]want{{"예술의 영역과 정치의 영역은 다르다", "direct", "문재인", "충고했다"}}},
		{"a demonstrative and a title (이 관계자) point back to the one named before with it, not a new speaker called 이 관계자",
			`대한민국 해양경찰청 관계자는 "해적들이 조사를 받고 있다"고 말했다. 이 관계자는 이어 해적들이 모두 건강하다고 전했다.`,
			[]want{{"해적들이 조사를 받고 있다", "direct", "대한민국 해양경찰청 관계자", "말했다"}, {"해적들이 모두 건강하다", "indirect", "대한민국 해양경찰청 관계자", "전했다"}}},
		{"words in marks as the object of a verb of saying (‘국가 안보’를 또 다시 언급했다) are the words said; a presidential office with 에서는 speaks",
			`또 다른 한편 대통령실에서는 '국가 안보'를 또 다시 언급했다. 구글은 '바드'를 공개했다.`,
			[]want{{"국가 안보", "direct", "대통령실", "언급했다"}}},
		{"a pointer before a clause, not the reporting verb, announces nothing (이렇게 … 걸리자, … 했다)",
			"이렇게 비상이 걸리자, 정부는 중국산 배추를 수입하기로 했다.\n서울시는 배추를 저렴하게 팔았으나, 얼마 가지 못해 매진되었다.",
			nil},
		{"a quote's verb in -지만 or -자 has its own subject marked 이/가; the topic says the next",
			"김철수 의원은 윤석열 대통령이 “국민만 보고 가겠다”고 했지만 “실제로는 그렇지 않다”고 지적했다.\n최 위원장은 여당이 “협상은 없다”고 하자 “대화의 문은 열려 있다”고 말했다.",
			[]want{{"국민만 보고 가겠다", "direct", "윤석열", "했지만"}, {"실제로는 그렇지 않다", "direct", "김철수", "지적했다"},
				{"협상은 없다", "direct", "여당", "하자"}, {"대화의 문은 열려 있다", "direct", "최 위원장", "말했다"}}},
		{"a title held for someone named with 의 or 측 is its holder's, named as written",
			"조국 전 장관의 변호인은 재판부에 “피고인은 무죄”라고 주장했다.\n이재명 대표 측 변호인은 “기소는 부당하다”고 말했다.\n피해자의 변호인은 “엄벌이 필요하다”고 말했다.",
			[]want{{"피고인은 무죄", "direct", "조국 전 장관의 변호인", "주장했다"}, {"기소는 부당하다", "direct", "이재명 대표 측 변호인", "말했다"},
				{"엄벌이 필요하다", "direct", "피해자의 변호인", "말했다"}}},
		{"a name the dictionary splits into a noun and a verb's modifier (에스/NNG 알/VV+ETM) before a title",
			`한겨레에 따르면 에스알 관계자는 “원인을 알 수 없는 이유로 사고가 발생했다”고 밝혔다.`,
			[]want{{"원인을 알 수 없는 이유로 사고가 발생했다", "direct", "에스알 관계자", "밝혔다"}}},
		{"이 역시 (this too) is no subject, and a subject inside a relative clause past a time phrase is the clause's: the speaker goes on",
			"누리꾼들은 “사대주의가 드러났다”라고 말했다. 더불어 윤 대통령이 취임 후 1개월 동안 했었던 행동이 미국에 의지하려는 모습을 보여 이 역시 “사대주의 사상이 묻어난다”라고 비판하기도 했다.",
			[]want{{"사대주의가 드러났다", "direct", "누리꾼들", "말했다"}, {"사대주의 사상이 묻어난다", "direct", "누리꾼들", "비판하기도 했다"}}},
		{"but a subject before a relative clause on a setting (X가 19일 낸 공지에서) reports",
			`대한민국 음악 서비스 1위인 멜론이 2020년 5월 19일 낸 공지에서 여름에 실시간 차트를 폐지하겠다고 밝혔다.`,
			[]want{{"여름에 실시간 차트를 폐지하겠다", "indirect", "멜론", "밝혔다"}}},
		{"the quarter a view arises from (X에서는 …는 주장이 나온다) is its source; a place is not",
			"일각에서는 국산 파워팩을 장착해야 한다는 주장도 나온다.\n잠실에서는 경기가 취소될 것이라는 관측이 나온다.",
			[]want{{"국산 파워팩을 장착해야 한다", "indirect", "일각", "나온다"}, {"잠실에서는 경기가 취소될 것", "indirect", "", "나온다"}}},
		{"words in marks with 하다 in the potential (…라고 할 수 있겠지만) are what one could call it: no quote",
			`“한국은 육군에 모든 것을 걸었다”라고 할 수 있겠지만, 육군 역시 처참한 수준이다.`,
			nil},
		{"the quotative 라고 shortened to 라 after the copula (…할 것이라 말했다); not before a verb of thinking or a concession",
			"김 장관은 내년부터 제도를 바꿀 것이라 말했다.\n이번 결정은 잘못된 것이라 생각된다.\n그것이 옳은 것이라 하더라도 문제는 남는다.",
			[]want{{"내년부터 제도를 바꿀 것이", "indirect", "김 장관", "말했다"}}},
		{"the point made (…다는 점을 지적했다) is what a verb of saying reports; not with a verb of thinking",
			"여당은 불법 과격 시위가 불상사의 원인이 됐다는 점을 지적했다.\n정부는 경제가 회복되고 있다는 점을 고려했다.",
			[]want{{"불법 과격 시위가 불상사의 원인이 됐다", "indirect", "여당", "지적했다"}}},
		{"a judgement received (…다는 판정을 받았다) is given by whom 로부터 marks",
			`그는 면접관들로부터 국민의 자세 항목에서 부적합하다는 판정을 받았다.`,
			[]want{{"국민의 자세 항목에서 부적합하다", "indirect", "면접관들", "받았다"}}},
		{"words given as examples of what was said (“…”이라는 등, “…”라고 하는 등) are the subject's, whatever the verb",
			"대구지검의 한 검사는 사진과 함께 “팔짱을 끼는 방법으로 추행했다”며 “여자가 추행이라면 추행”이라는 등 도 넘는 2차 가해가 지속됐다.\n김 의원은 “정부는 무능하다”라고 하는 등 막말을 쏟아냈다.",
			[]want{{"팔짱을 끼는 방법으로 추행했다", "direct", "한 검사", "지속됐다"}, {"여자가 추행이라면 추행", "direct", "한 검사", "지속됐다"},
				{"정부는 무능하다", "direct", "김 의원", "쏟아냈다"}}},
		{"before a reporting noun 등의 leaves the noun to frame them; views that pour in (쏟아지다, 이어지다) name no one",
			"“정부는 무능하다”는 등의 비판이 쏟아졌다.\n정부가 무능하다는 비판이 이어졌다.",
			[]want{{"정부는 무능하다", "direct", "", "쏟아졌다"}, {"정부가 무능하다", "indirect", "", "이어졌다"}}},
		{"…라는 내용의 X: the document's verb may stand past an apposition (소셜 네트워크인) or 역시; not when the document is the subject",
			"박근혜 대통령이 새로운 마음으로 어려움을 이겨내자는 내용의 페이스북 메시지를 소셜 네트워크인 페이스북에 올렸다. 또 “희망찬 새해가 되시길 기원합니다”라는 내용의 신년 연하장 역시 설 선물과 함께 각계각층에 보내었다.\n“그 비율이 60%였다.”는 내용의 통계 자료가 국무위원을 대상으로 한다면 사실이 아니다.",
			[]want{{"새로운 마음으로 어려움을 이겨내자", "indirect", "박근혜", "올렸다"}, {"희망찬 새해가 되시길 기원합니다", "direct", "박근혜", "보내었다"}}},
		{"하다 written apart after a direct quote is the quotative itself (“…” 하는 우려, “…” 하고 말했다)",
			"김 의원은 “실제 전쟁이 나면 어떻게 하나” 하는 우려를 나타냈다.\n박 의원은 “안녕하세요” 하고 인사했다.",
			[]want{{"실제 전쟁이 나면 어떻게 하나", "direct", "김 의원", "나타냈다"}, {"안녕하세요", "direct", "박 의원", "인사했다"}}},
		{"nouns of what is written or said (댓글, 폭로, 평) frame words; one more view that exists (댓글도 있었다) or is heard (평을 들었다) names no one",
			"법조계는 “상속은 문제”라고 말했다. “정치인들보다 훨씬 낫다”라는 옹호하는 댓글도 있었다.\n장성택 측근이 망명을 요청했다는 폭로가 나왔다.\n이 해변은 경기를 펼치는 것이 부적절하다는 평을 들었다.",
			[]want{{"상속은 문제", "direct", "법조계", "말했다"}, {"정치인들보다 훨씬 낫다", "direct", "", "있었다"},
				{"장성택 측근이 망명을 요청했다", "indirect", "", "나왔다"}, {"이 해변은 경기를 펼치는 것이 부적절하다", "indirect", "", "들었다"}}},
		{"a source topic (X에선) a fourth word into the clause still names who posts",
			`한편, 이후 대한민국 국방부 트위터에선 해당 내용이 가능한 것이라는 트윗을 남겼다.`,
			[]want{{"해당 내용이 가능한 것", "indirect", "대한민국 국방부 트위터", "남겼다"}}},
		{"a long direct quote between a chained clause and its verb does not hide the verb (words inside marks are no part of the frame's reach)",
			`이날 통화에서 남측 연락대표가 1년 만에 통화가 재개되어 기쁘다면서, “남북 통신망이 복원된 만큼 이를 통해 온 겨레에 기쁜 소식을 계속 전할 수 있기를 바란다”고 전했다.`,
			[]want{{"1년 만에 통화가 재개되어 기쁘다", "indirect", "남측 연락대표", "전했다"}, {"남북 통신망이 복원된 만큼 이를 통해 온 겨레에 기쁜 소식을 계속 전할 수 있기를 바란다", "direct", "남측 연락대표", "전했다"}}},
		{"reports that come in (신고가 접수됐다, 신고 전화가 빗발쳤다) name no one; …냐고 하거나 is one of the things said; 놀리다 mocks in words",
			"지진을 느꼈다는 신고가 70여건 접수됐다.\n제정신이냐고 하거나, 진짜 해버렸다고 놀리는 사람들도 있었다.",
			[]want{{"지진을 느꼈다", "indirect", "", "접수됐다"},
				{"제정신이냐", "indirect", "", "하거나"}, {"진짜 해버렸다", "indirect", "사람들", "놀리는"}}},
		{"news of an event heard (소식이 들려왔다, 소식을 듣고) is known, like 알려졌다, not said; nor is what a clause is about (…다는 신고에 대하여)",
			"최근 가수가 희귀병을 가지고 있다는 소식이 들려왔다.\n회장이 사망하였다는 소식을 듣고 사람들이 궁금해했다.\n학원장이 학원생들을 성폭행했다는 신고에 대하여 대법이 무죄를 판결했다.",
			nil},
		{"a name's initial (M.) and a comma inside brackets end neither a sentence nor a clause",
			"스웨덴 왕립과학원은 덩컨 홀데인(F. Duncan M. Haldane, 프린스턴대 교수, 65)을 수상자로 선정했다고 밝혔다.",
			[]want{{"덩컨 홀데인(F. Duncan M. Haldane, 프린스턴대 교수, 65)을 수상자로 선정했다", "indirect", "스웨덴 왕립과학원", "밝혔다"}}},
		{"words used as an expression (…이라는 표현까지 사용하며) are said; an expression named otherwise is a term",
			"김철수 주지사는 ‘이번 허리케인은 당신을 죽일 것’이라는 표현까지 사용하며 대피를 재촉했다.\n일본 내에선 여전히 기존의 ‘징용공’이라는 표현이 일반적이다.",
			[]want{{"이번 허리케인은 당신을 죽일 것", "direct", "김철수", "사용하며"}}},
		{"a name of several words ends where a word does (릭 스콧 플로리|다 주지사: the tagger cut the place 플로리다)",
			"릭 스콧 플로리다 주지사는 “대피하라”고 말했다.",
			[]want{{"대피하라", "direct", "릭 스콧", "말했다"}}},
		{"a mark written inside a word (심의의결'을) closes words whose opening is missing; no quote opens there",
			"미래통합당 최고위원회는 주요 당무에 관한 심의의결'을 최고위의 기능으로 규정한 당헌 제32조에 따라, 최고위가 징계를 할 수 있다고 해석했다.",
			[]want{{"주요 당무에 관한 심의의결'을 최고위의 기능으로 규정한 당헌 제32조에 따라, 최고위가 징계를 할 수 있다", "indirect", "미래통합당 최고위원회", "해석했다"}}},
		{"a sentence opened by 그러면서 goes on with the one quoted in the sentence before",
			"볼로도미르 젤렌스키 우크라이나 대통령은 “세계가 용서하지 않을 것”이라고 말했다. 존 커비 백악관 조정관은 “감시하고 있다”고 말했다. 그러면서 “어떤 신호도 없다”고 밝혔다.",
			[]want{{"세계가 용서하지 않을 것", "direct", "볼로도미르 젤렌스키", "말했다"}, {"감시하고 있다", "direct", "존 커비", "말했다"}, {"어떤 신호도 없다", "direct", "존 커비", "밝혔다"}}},
		{"a name, a long body and a title: the phrase reaches back to the name",
			`잠수함 전문가인 문근식 한국 국방 안보 포럼 대회 협력 국장은 “미국도 한국에 가서 물어보라”고 말했다.`,
			[]want{{"미국도 한국에 가서 물어보라", "direct", "문근식", "말했다"}}},
		{"words in marks, then the one who said them and the verb (no complementizer); a view in two words under a topic",
			"“국민이 반드시 심판할 것” 조국 대표가 말했다.\n이재명 대표 측은 “정치 탄압”이라는 입장이다.\n“미시 세계”라는 말이 유행했다.",
			[]want{{"국민이 반드시 심판할 것", "direct", "조국", "말했다"}, {"정치 탄압", "direct", "이재명", "입장이다"}}},
		{"…다는 게 X의 설명이다 (게, 것이 contracted): the owner of the reporting noun ending the sentence said it, with or without marks",
			"예산이 부족하다는 게 기획재정부의 설명이다.\n“예산이 부족하다”는 게 김철수 장관의 주장이다.",
			[]want{{"예산이 부족하다", "indirect", "기획재정부", "설명이다"}, {"예산이 부족하다", "direct", "김철수", "주장이다"}}},
		{"내다봤다, which the dictionary reads 내/VX 다/EC 봤/VX, is the verb of foreseeing 내다보다",
			`박 연구원은 수출이 회복될 것이라고 내다봤다.`,
			[]want{{"수출이 회복될 것이", "indirect", "박 연구원", "내다봤다"}}},
		{"words in marks, then whose words they are (“…” 김철수 대표의 설명이다); a work named in marks is no quote",
			"“정치는 타협의 예술이다” 김철수 대표의 설명이다.\n“기생충” 봉준호 감독의 작품이다.",
			[]want{{"정치는 타협의 예술이다", "direct", "김철수", "설명이다"}}},
		{"the source a report cites (…를 인용해) is its setting, not what is reported; 예보하다 forecasts",
			"AP통신은 우크라이나 정부 관계자를 인용해 사망자가 100명을 넘었다고 보도했다.\n기상청은 이번 주말 전국에 비가 내릴 것으로 예보했다.",
			[]want{{"사망자가 100명을 넘었다", "indirect", "AP통신", "보도했다"}, {"이번 주말 전국에 비가 내릴 것", "indirect", "기상청", "예보했다"}}},
		{"a view arising with no one named holds only the clause its noun takes, not the narration before a connective and comma",
			"카드사들은 무료 서비스를 제공하기로 했지만, 문자 서비스로 보상을 끝낼 것이냐는 비난이 쏟아지고 있다.\n국회는 잠시 모였고, 방탄국회를 재현했다는 비판이 나왔다.",
			[]want{{"문자 서비스로 보상을 끝낼 것이냐", "indirect", "", "쏟아지고 있다"}, {"방탄국회를 재현했다", "indirect", "", "나왔다"}}},
		{"after a report ending its clause in -자, the next report's topic speaks; retorts (맞받다, 응수하다, 일갈하다) report",
			"김철수 대표가 협상은 없다고 하자 이영희 대표는 대화의 문은 열려 있다고 맞받았다.\n박 의원은 “말이 되느냐”고 일갈했다.",
			[]want{{"협상은 없다", "indirect", "김철수", "하자"}, {"대화의 문은 열려 있다", "indirect", "이영희", "맞받았다"}, {"말이 되느냐", "direct", "박 의원", "일갈했다"}}},
		{"nouns of reproach, advice and excuse frame what is said (…라는 일침을 날렸다, …라는 충고를 했다, …라는 변명을 내놨다)",
			"김 의원은 정부가 무능하다는 일침을 날렸다.\n박 교수는 속도를 늦춰야 한다는 충고를 했다.",
			[]want{{"정부가 무능하다", "indirect", "김 의원", "날렸다"}, {"속도를 늦춰야 한다", "indirect", "박 교수", "했다"}}},
		{"a finding a named person found out (…다는 사실을 밝혀냈다); a remark to the effect (…다는 취지의 발언); holders of a post in the plural (유럽 정상들) speak",
			"홀데인 교수는 1차원에서도 유사한 현상이 일어난다는 사실을 밝혀냈다.\n유럽 정상들도 바이든이 경솔했다는 취지의 발언을 했다.",
			[]want{{"1차원에서도 유사한 현상이 일어난다", "indirect", "홀데인", "밝혀냈다"}, {"바이든이 경솔했다", "indirect", "유럽 정상들", "했다"}}},
		{"views that spread (확산되다, 퍼지다) name no one",
			"또 “검찰에서 협박을 한 것이냐”라는 음모론이 확산되기 시작하였다.\n정부가 무능하다는 여론이 퍼졌다.",
			[]want{{"검찰에서 협박을 한 것이냐", "direct", "", "확산되기 시작하였다"}, {"정부가 무능하다", "indirect", "", "퍼졌다"}}},
		{"a thought that comes to mind (생각이 들었다: 들다) is no view heard; the speaker's words around it are",
			"김 씨는 무언가 잘못됐다는 생각이 들었다고 말했다.\n이 해변은 경기를 펼치는 것이 부적절하다는 평을 들었다.",
			[]want{{"무언가 잘못됐다는 생각이 들었다", "indirect", "김 씨", "말했다"}, {"이 해변은 경기를 펼치는 것이 부적절하다", "indirect", "", "들었다"}}},
		{"views many or loud (…다는 의견이 많았다, …는 목소리가 높다) name no one; -ㄴ데 written in one syllable (중요한데) is the background connective",
			"정부가 책임져야 한다는 목소리가 높다.\n“정부는 무능하다”는 의견이 많았다.",
			[]want{{"정부가 책임져야 한다", "indirect", "", "높다"}, {"정부는 무능하다", "direct", "", "많았다"}}},
		{"idioms of saying, a verb and its object (입을 모았다, 선을 그었다, 날을 세웠다, 공세를 폈다)",
			"전문가들은 금리가 오를 것이라고 입을 모았다.\n김 대표는 무능을 드러낸 것이라고 선을 그었다.\n박 의원은 “정권 심판”이라며 공세를 폈다.",
			[]want{{"금리가 오를 것이", "indirect", "전문가들", "모았다"}, {"무능을 드러낸 것이", "indirect", "김 대표", "그었다"}, {"정권 심판", "direct", "박 의원", "폈다"}}},
		{"but with -며 the subject is the same, and a 이/가 phrase after the topic is what is said",
			`검찰은 박 구청장이 “책임이 크다”며 “엄벌이 필요하다”고 강조했다.`,
			[]want{{"책임이 크다", "direct", "검찰", "강조했다"}, {"엄벌이 필요하다", "direct", "검찰", "강조했다"}}},
		{"a count of things (나머지 4대는) is what is said; the omitted speaker is the one who spoke last, past a sentence whose topic is such a count",
			"군 관계자는 경고사격을 했다고 설명했다. 무인기 5대 중 1대는 북으로 복귀한 것이 확인됐다. 나머지 4대는 레이더에서 사라졌다고 밝혔다.",
			[]want{{"경고사격을 했다", "indirect", "군 관계자", "설명했다"}, {"나머지 4대는 레이더에서 사라졌다", "indirect", "군 관계자", "밝혔다"}}},
		{"the decade of an age alone as the topic (20대는) names the people of that age, not things counted in 대: it is no part of what they answered",
			"설문에서 20대는 취업이 가장 어렵다고 답했다.",
			[]want{{"취업이 가장 어렵다", "indirect", "", "답했다"}}},
		{"before anyone is quoted, an omitted speaker goes on from the person the lead sentence is about, past a sentence with no subject; a view named by a noun (…라는 평가다) does not",
			"정홍원 국무총리가 식민지 근대화론을 옹호하는 발언을 했다.\n최근 논란이 된 교과서를 옹호하는 발언이다.\n25일 대정부 질문에서 교과서가 부적절하다는 질문에 “역사를 전체적인 맥락에서 볼 필요도 있다”고 했다.",
			[]want{{"역사를 전체적인 맥락에서 볼 필요도 있다", "direct", "정홍원", "했다"}}},
		{"a view named by a noun with no holder takes no speaker from the lead",
			"박근혜 대통령이 국회에서 시정연설을 했다.\n꼬인 정국의 해결책을 제시하려 했다는 평가다.",
			[]want{{"꼬인 정국의 해결책을 제시하려 했다", "indirect", "", "평가다"}}},
		{"a sentence whose topic acts (용의자는 …부인했다, 법안은 …통과했다) is what the text is now about: an omitted speaker after it does not go back past it to the lead",
			"경찰이 용의자를 체포했다. 용의자는 범행을 부인했다. 조사에서 “기억나지 않는다”고 진술했다.",
			[]want{{"기억나지 않는다", "direct", "", "진술했다"}}},
		{"a thing as the topic that acts stops the search for the lead's subject too",
			"김 의원이 법안을 발의했다. 법안은 국회를 통과했다. 표결 뒤 “환영한다”고 했다.",
			[]want{{"환영한다", "direct", "", "했다"}}},
		{"a topic the copula only describes (해당 단어는 …욕설이다) is an aside: the omitted speaker goes on from the lead",
			"미국에서 윤석열 대통령은 'idiot' 이라는 말을 사용한 것으로 알려졌다. 해당 단어는 영어에서 바보나 멍청이라는 의미로 사용되는 욕설이다. 실제 녹음본에서는 \"이 새끼들이 승인 안 해주면, 바이든은 쪽팔려서 어떡하나?\" 라고 하였다.",
			[]want{{"이 새끼들이 승인 안 해주면, 바이든은 쪽팔려서 어떡하나?", "direct", "윤석열", "하였다"}}},
		{"a verb with its auxiliary is one predicate, written as both words (…기도 했다, …게 되었다, …기 시작했다); a wiki link left after the verb is no part of it",
			"김 대표는 “무능하다”고 비꼬기도 했다.\n시민들은 정부가 무능하다고 말하기 시작했다.\n박 의원은 정부가 옳다고 주장하게 되었다.\n최 의원은 “사퇴하라”고 말했다.[[분류:]]",
			[]want{{"무능하다", "direct", "김 대표", "비꼬기도 했다"}, {"정부가 무능하다", "indirect", "시민들", "말하기 시작했다"}, {"정부가 옳다", "indirect", "박 의원", "주장하게 되었다"}, {"사퇴하라", "direct", "최 의원", "말했다"}}},
		{"…한 바 있다 only says the act happened: the verb of saying is the act",
			"김정은은 “전쟁은 없을 것”이라며 자위력을 강조한 바 있다.",
			[]want{{"전쟁은 없을 것", "direct", "김정은", "강조한"}}},
		{"…라며 V-는 사람도 있었다: 있다 says only that such people were, and the act of saying is V",
			"일부 네티즌들은 “한국 전역이 마비될 정도일까”라며 독과점을 걱정하는 사람도 있었다.",
			[]want{{"한국 전역이 마비될 정도일까", "direct", "일부 네티즌들", "걱정하는"}}},
		{"an answer that comes back (…라는 답변이 돌아왔다) is from the one asked in the sentence (X 측에 …묻자)",
			"자유와인권연구소 측에 조사 결과를 받아볼 수 있는지 묻자, “자료를 보내주겠다”는 답변이 돌아왔다.",
			[]want{{"자료를 보내주겠다", "direct", "자유와인권연구소", "돌아왔다"}}},
		{"the 라 of 아니라고 is the negative copula's, and the reported clause ends before it",
			"대통령실은 해당 보도가 사실이 아니라고 해명했다.",
			[]want{{"해당 보도가 사실이 아니", "indirect", "대통령실", "해명했다"}}},
		{"the scene of speaking after the speaker (회의에서, 기자간담회에서, 방송에서) is not said, before a reporting noun as before a verb",
			"김 장관은 회의에서 예산을 늘려야 한다고 밝혔다.\n박 장관은 이날 기자간담회에서 세금을 줄여야 한다는 입장을 밝혔다.",
			[]want{{"예산을 늘려야 한다", "indirect", "김 장관", "밝혔다"}, {"세금을 줄여야 한다", "indirect", "박 장관", "밝혔다"}}},
		{"a place right before a verb that modifies a noun is that relative clause's, part of what is said (회의에서 결정된 사항), not the scene of speaking",
			"김 장관은 회의에서 결정된 사항을 따르겠다고 밝혔다.\n김 의원은 방송에서 나온 발언은 사실이 아니라는 입장을 밝혔다.",
			[]want{{"회의에서 결정된 사항을 따르겠다", "indirect", "김 장관", "밝혔다"}, {"방송에서 나온 발언은 사실이 아니", "indirect", "김 의원", "밝혔다"}}},
		{"라면서 is 라며 written out, as 다면서 is 다며; a reported clause in it is no act of the speaker's own",
			"김 대표는 지금이 위기라면서 단합을 호소했다.\n야당은 제안을 오늘까지 받으라면서, 받지 않으면 투쟁에 나서겠다는 입장이다.",
			[]want{{"지금이 위기", "indirect", "김 대표", "호소했다"}, {"제안을 오늘까지 받으라", "indirect", "야당", "입장이다"}, {"받지 않으면 투쟁에 나서겠다", "indirect", "야당", "입장이다"}}},
		{"a headline's parts are joined by an ellipsis: the name is the part that ends at the quote",
			"층간소음 갈등 끝에 흉기 난동…경찰 “계획범죄 정황”\n층간소음 문제로 2명이 다쳤다.",
			[]want{{"계획범죄 정황", "direct", "경찰", ""}}},
		{"a stage name the tagger reads as a verb (하/VV+니/EC+는/JX) is the topic all the same once the recogniser names it",
			"그룹 뉴진스 멤버 하니가 인사를 전했다. 하니는 6일 자신의 SNS에 “힘든 시간이었다”는 글을 올렸다.",
			[]want{{"힘든 시간이었다", "direct", "하니", "올렸다"}}},
		{"a view rated by the copula as its subject (…는 의견이 지배적이다) is held by no one named; a share (…는 입장은 30%였다) is the surveyed's",
			"YG엔터테인먼트는 의혹을 부인하고 있다. 이에 사과부터 했어야 한다는 의견이 지배적이다.",
			[]want{{"사과부터 했어야 한다", "indirect", "", "지배적이다"}}},
		{"a topic before a view the copula rates is whose view it is (X는 …는 의견이 대부분이다), unless a clause closes after it (EU국가들은 혼란이 오고, …)",
			"전문가들은 금리를 올려야 한다는 의견이 대부분이다. 정부는 증세는 없다는 입장이 원칙이다. EU국가들은 혼란이 오고, 세계 금융 위기가 올 것이라는 견해가 지배적이다.",
			[]want{{"금리를 올려야 한다", "indirect", "전문가들", "대부분이다"}, {"증세는 없다", "indirect", "정부", "원칙이다"}, {"세계 금융 위기가 올 것", "indirect", "", "지배적이다"}}},
		{"the phrase before a title reaches back over a name the recogniser found, whatever the tagger read it as (페트레/NNP+스/VV+쿠/EC)",
			"반면 단 페트레스쿠 전북 현대 감독은 “수비 실수가 아쉽다”고 말했다.",
			[]want{{"수비 실수가 아쉽다", "direct", "페트레스쿠", "말했다"}}},
		{"an adjective made an adverb by -게 before the verb of saying qualifies it (짧게 답했다, 분명하게 밝혔다); a verb's -게 before 하다 is a causative, no report",
			"김 대변인은 “검토 중”이라고만 짧게 답했다.\n김 의원은 사퇴하겠다고 분명하게 밝혔다.\n방송사는 위치를 소개할 때 ‘Dokdo’라고 표기하게 하였다.",
			[]want{{"검토 중", "direct", "김 대변인", "답했다"}, {"사퇴하겠다", "indirect", "김 의원", "밝혔다"}}},
		{"more verbs of saying of the press (평가절하했다, 호언장담했다, 질책했다) and the idioms of a threat (엄포를 놓았다, 으름장을 놓았다)",
			"야당은 “실익 없는 회담”이라고 평가절하했다.\n김 대표는 “반드시 이기겠다”고 호언장담했다.\n정부는 “세금을 올리겠다”고 엄포를 놓았다.",
			[]want{{"실익 없는 회담", "direct", "야당", "평가절하했다"}, {"반드시 이기겠다", "direct", "김 대표", "호언장담했다"}, {"세금을 올리겠다", "direct", "정부", "놓았다"}}},
		{"…다고 한다 after a topic that holds views and before a clause with its own subject passes on that topic's words (목격자들은 폭발음이 들렸다고 한다); with no subject of its own, or past a clause the topic closes, the topic is part of what is said",
			"현장에 있던 목격자들은 큰 폭발음이 들렸다고 한다.\n김 회장은 다음 주 귀국한다고 한다.",
			[]want{{"큰 폭발음이 들렸다", "indirect", "목격자들", "한다"}, {"김 회장은 다음 주 귀국한다", "indirect", "", "한다"}}},
		{"a modifier between the owner and the noun of a view (…라는 게 업계의 공통된 시각이다); a verb in -어 joined to the verb of saying tells how it was said (힘주어 말했다), not an auxiliary of supposing (…다고 해 보자)",
			"“이번이 마지막 기회”라는 게 업계의 공통된 시각이다.\n금리가 오를 것이라는 게 증권가의 일반적인 전망이다.\n“우리는 포기하지 않는다” 김 대표가 힘주어 말했다.\n예컨대 사진 속에 자동차가 있다고 해 보자.",
			[]want{{"이번이 마지막 기회", "direct", "업계", "시각이다"}, {"금리가 오를 것", "indirect", "증권가", "전망이다"}, {"우리는 포기하지 않는다", "direct", "김 대표", "말했다"}}},
		{"words in marks that end their own sentence, then a sentence that says only whose words they were (…한 노조원의 말이다)",
			"노사 협상이 결렬됐다.\n“더 이상 물러설 곳이 없다.” 한 노조원의 말이다.",
			[]want{{"더 이상 물러설 곳이 없다.", "direct", "한 노조원", "말이다"}}},
		{"a person kept anonymous is named by the surname and 모씨 alone, not the calling before it nor the age in brackets",
			"관중석을 찾은 팬 김모(34)씨는 “오늘 경기는 최고였다”고 말했다.\n회사원 이모(45)씨는 “다시 오겠다”고 했다.",
			[]want{{"오늘 경기는 최고였다", "direct", "김모씨", "말했다"}, {"다시 오겠다", "direct", "이모씨", "했다"}}},
		{"그 goes back to the person the sentence before is about, named with a title the recogniser missed (마크 캔시언 선임고문은), not to one named inside a phrase of that sentence (조 바이든 대통령의); a topic's own title is no other person (김철수 의원은)",
			"마크 캔시언 선임고문은 조 바이든 대통령의 결정을 비판했다. 그는 “바이든 대통령이 동맹을 실망시켰다”고 말했다.\n김철수 의원은 조 바이든 대통령을 비판했다. 그는 “실망했다”고 말했다.",
			[]want{{"바이든 대통령이 동맹을 실망시켰다", "direct", "마크 캔시언 선임고문", "말했다"}, {"실망했다", "direct", "김철수", "말했다"}}},
		{"shouting words is saying them (외치다, 소리치다), and 답 is a reporting noun as 답변 is (…묻자 “…”는 답이 돌아왔다)",
			"시민들은 “정부는 물러나라”고 외쳤다.\n국토교통부 측에 입장을 묻자 “검토하겠다”는 답이 돌아왔다.",
			[]want{{"정부는 물러나라", "direct", "시민들", "외쳤다"}, {"검토하겠다", "direct", "국토교통부", "돌아왔다"}}},
		{"a bank shortened to its first syllable and 은 (한은) before a title is the bank's name, not a topic: the person before it speaks",
			"이창용 한은 총재는 “물가가 높다”고 밝혔다. 이 총재는 “인상을 배제하지 않는다”고 덧붙였다.",
			[]want{{"물가가 높다", "direct", "이창용 한은 총재", "밝혔다"}, {"인상을 배제하지 않는다", "direct", "이창용 한은 총재", "덧붙였다"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := extract(t, c.src, tokenize.Span{})
			checkQuotes(t, c.src, got)
			if len(got) != len(c.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(got), got, len(c.want))
			}
			for i, w := range c.want {
				q := got[i]
				name := ""
				if q.Speaker != nil {
					name = q.Speaker.Name
				}
				if q.Text != w.text || q.Kind != w.kind || name != w.speaker || q.Verb != w.verb {
					t.Errorf("quote %d: got %q %s %q %q, want %q %s %q %q", i, q.Text, q.Kind, name, q.Verb, w.text, w.kind, w.speaker, w.verb)
				}
			}
		})
	}
}

// TestRelayedSpeakerGoesOn: after a medium relays a person's quote (한경은 호나우두가 “…”고
// 말했다고 전했다), the next quote with its subject left out (이어 “…”고 덧붙이며 …다고 전했다)
// goes on with the person, not the medium.
func TestRelayedSpeakerGoesOn(t *testing.T) {
	src := `한경은 기자회견에서 호나우두가 "내가 뛰어온 시간들은 아름다웠다"고 말했다고 전했다. 이어 "떠나는 것이 매우 힘들다"고 덧붙이며 눈물을 흘렸다고 전했다.`
	got := extract(t, src, tokenize.Span{})
	checkQuotes(t, src, got)
	for _, q := range got {
		if q.Text == "떠나는 것이 매우 힘들다" {
			if q.Speaker == nil || q.Speaker.Name != "호나우두" {
				t.Fatalf("speaker %+v, want 호나우두", q.Speaker)
			}
			return
		}
	}
	t.Fatalf("the second sentence's quote not found: %+v", got)
}

// TestCoreference resolves 백 대표 and 그 to the full name introduced with the title, and a
// subheadline's quote to the name written before it.
func TestCoreference(t *testing.T) {
	src := "AI 시대 일자리\n임지선 박사 \"재교육 기회 넓혀야\"\n백상엽 카카오엔터프라이즈 대표는 “AI가 중요하다”고 말했다. " +
		"백 대표는 “지원이 필요하다”고 덧붙였다. 이어 그는 “투자가 늦다”고 지적했다."
	got := extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	checkQuotes(t, src, got)
	wantNames := []string{"임지선", "백상엽", "백상엽", "백상엽"}
	if len(got) != len(wantNames) {
		t.Fatalf("got %d quotes %+v", len(got), got)
	}
	for i, n := range wantNames {
		if got[i].Speaker == nil || got[i].Speaker.Name != n {
			t.Errorf("quote %d %q: speaker %+v, want %s", i, got[i].Text, got[i].Speaker, n)
		}
	}
	if sp := got[1].Speaker; sp.Title != "대표" || sp.Org != "카카오엔터프라이즈" {
		t.Errorf("title/org: %+v", sp)
	}
	if got[3].Stance != quotes.Critical {
		t.Errorf("지적했다: stance %q", got[3].Stance)
	}
}

// TestSurveyGroup gives the answers of a survey to the group it asked, as the headline names it:
// 응답자의 62%가 and 31%는 are shares of 대학생, not speakers of their own.
func TestSurveyGroup(t *testing.T) {
	src := "대학생 70% “등록금 부담 크다”\n" +
		"한 취업포털은 대학생 1,200명을 대상으로 설문조사를 실시했다고 밝혔다. " +
		"‘방학에도 일하겠다’고 응답한 비율은 48%였다. " +
		"응답자의 62%가 ‘등록금이 부담된다’고 답했다. 31%는 ‘아르바이트를 하겠다’고 응답했다. " +
		"이는 ‘아니오’라고 응답한 비율보다 높다. " +
		"이 포털이 조사한 결과, 응답자의 20%가 ‘모르겠다’고 답했다. " +
		"‘학비가 너무 비싸다’는 응답이 22%, ‘장학금이 부족하다’는 의견도 7%였다. " +
		"취업난이 반영된 것으로 보인다고 밝혔다."
	got := extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	checkQuotes(t, src, got)
	n := 0
	for _, q := range got {
		if q.Kind != quotes.Direct {
			// the surveyor reports its reading of the answers
			if q.Speaker == nil || q.Speaker.Name != "한 취업포털" {
				t.Errorf("%q: speaker %+v, want 한 취업포털", q.Text, q.Speaker)
			}
			continue
		}
		n++
		if q.Speaker == nil || q.Speaker.Name != "대학생" {
			t.Errorf("%q: speaker %+v, want 대학생", q.Text, q.Speaker)
		}
	}
	if n != 8 {
		t.Errorf("%d direct quotes, want 8: %+v", n, got)
	}
}

// TestHeadlineBoundNounIsNoName: a headline clause that ends with a bound noun (…시달리는 중...)
// before its quote names no one.
func TestHeadlineBoundNounIsNoName(t *testing.T) {
	src := "대한민국은 지금 난방세 폭탄에 시달리는 중... \"곧 다른 공공요금까지 오를 예정\"\n서울시는 인상 계획이 없다고 밝혔다."
	got := extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	checkQuotes(t, src, got)
	if len(got) != 2 || got[0].Speaker != nil || got[1].Speaker == nil || got[1].Speaker.Name != "서울시" {
		t.Fatalf("quotes %+v: want the headline's quote with no speaker, then 서울시's", got)
	}
}

// TestHeadlineQuestionIsNoName: a headline that asks its own question before a quote names no
// speaker with it (용감한 녀석들 선거법 위반? “…”): a question or sentence ends before a name.
func TestHeadlineQuestionIsNoName(t *testing.T) {
	src := "용감한 녀석들 선거법 위반? “선거법 위반 아니다”\n선관위 측은 16일 “추가 조사할 계획도 없다”고 밝혔다."
	got := extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	checkQuotes(t, src, got)
	if len(got) != 2 || got[0].Text != "선거법 위반 아니다" || got[0].Speaker != nil {
		t.Fatalf("quotes %+v: want the headline's quote first, with no speaker", got)
	}
	if got[1].Speaker == nil || got[1].Speaker.Name != "선관위" {
		t.Errorf("body quote speaker %+v, want 선관위", got[1].Speaker)
	}
}

// TestHeadlineTrailingOffClause: a headline clause trailing off with an ellipsis before its
// quote (박근혜, 대국민 기자회견.. “…”) tells what the one named before its comma did; that one
// speaks, not the clause's last word.
func TestHeadlineTrailingOffClause(t *testing.T) {
	src := "새누리당 대통령 후보자 박근혜, 대국민 기자회견.. “5·16, 유신, 인혁당 사건으로 헌법 가치 훼손”\n박근혜 후보는 24일 기자회견을 열었다."
	got := extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	checkQuotes(t, src, got)
	if len(got) != 1 || got[0].Speaker == nil || got[0].Speaker.Name != "박근혜" {
		t.Fatalf("quotes %+v: want the headline's quote, 박근혜's", got)
	}
}

// TestHeadlineVerdict: a one-word quote in double marks closing a headline right after a body
// (법원 "정당") is that body's words, the headline form Speaker "words"; a one-word term followed by
// what it names ("아마겟돈" 발언) is no quote.
func TestHeadlineVerdict(t *testing.T) {
	src := "대한민국 귀화 기준 '애국가 부르기' 법원 \"정당\"\n서울행정법원은 29일 \"문제가 없다\"고 판결했다."
	got := extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	checkQuotes(t, src, got)
	if len(got) != 2 || got[0].Text != "정당" || got[0].Speaker == nil || got[0].Speaker.Name != "법원" {
		t.Fatalf("quotes %+v: want 법원's 정당, then the court's words", got)
	}
	src = "트럼프의 \"아마겟돈\" 발언\n트럼프는 \"전쟁은 없다\"고 말했다."
	got = extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	if len(got) != 1 || got[0].Text != "전쟁은 없다" {
		t.Fatalf("quotes %+v: want only the body's quote", got)
	}
}

// TestHeadlineHanja: a headline names a body by one Hanja (與 for the ruling party) or a leader by
// the Hanja of the surname (尹), whom the article names in full.
func TestHeadlineHanja(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"與 \"민주당은 사과해야\"\n국민의힘은 \"사과하라\"고 말했다.", "여당"},
		{"野 \"정부는 책임져야\"\n민주당은 \"책임지라\"고 말했다.", "야당"},
		{"尹 \"자유 지키겠다\"\n윤석열 대통령은 \"자유를 지키겠다\"고 말했다.", "윤석열"},
	} {
		got := extract(t, c.src, tokenize.Span{End: strings.IndexByte(c.src, '\n')})
		checkQuotes(t, c.src, got)
		if len(got) == 0 || got[0].Speaker == nil || got[0].Speaker.Name != c.want {
			t.Errorf("%q: quotes %+v, want the headline's by %s", c.src, got, c.want)
		}
	}
}

// TestHeadlineFamilyName: a headline's parts are joined by an ellipsis after a quote too, and a
// headline names a foreign person by the family name the body gives in full.
func TestHeadlineFamilyName(t *testing.T) {
	src := "바이든 “우크라이나 지원 계속”…푸틴 “서방이 전쟁 부추겨”\n조 바이든 미국 대통령은 “지원을 멈추지 않겠다”고 밝혔다. 블라디미르 푸틴 러시아 대통령은 “서방이 전쟁을 부추기고 있다”고 반발했다."
	got := extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	checkQuotes(t, src, got)
	want := []string{"조 바이든", "블라디미르 푸틴", "조 바이든", "블라디미르 푸틴"}
	if len(got) != len(want) {
		t.Fatalf("got %d quotes %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Speaker == nil || got[i].Speaker.Name != w {
			t.Errorf("quote %d %q: speaker %+v, want %s", i, got[i].Text, got[i].Speaker, w)
		}
	}
}

// TestHeadlineShortBody: a headline names a body by a short form the body also writes it with
// (질병청 over 질병관리청 …, 질병청에 따르면), and the headline quote is that body's.
func TestHeadlineShortBody(t *testing.T) {
	src := "독감 환자 급증…질병청 “예방접종 서둘러야”\n질병관리청은 환자가 40% 늘었다고 밝혔다. 질병청에 따르면 아동의 발생률이 가장 높았다."
	got := extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	checkQuotes(t, src, got)
	if len(got) == 0 || got[0].Speaker == nil || got[0].Speaker.Name != "질병관리청" {
		t.Errorf("quotes %+v, want the headline's by 질병관리청", got)
	}
}

// TestHeadlineEchoWhole: a headline quote the body quotes whole is the body speaker's, though it
// shares only one content word (“전쟁은 없다”).
func TestHeadlineEchoWhole(t *testing.T) {
	src := "“전쟁은 없다”…푸틴 발언 논란\n블라디미르 푸틴 러시아 대통령은 9일 “전쟁은 없다”고 말했다."
	got := extract(t, src, tokenize.Span{End: strings.IndexByte(src, '\n')})
	checkQuotes(t, src, got)
	if len(got) != 2 || got[0].Speaker == nil || got[0].Speaker.Name != "블라디미르 푸틴" {
		t.Errorf("quotes %+v, want the headline's by 블라디미르 푸틴", got)
	}
}
