package gisa

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
)

// What is never a source in news: a number phrase (민항기 4대, 36명, 65.8%(2,711명)), a date
// (16일, 2017년), a title alone (대표, 관계자), a pronoun (그, 이) or anything holding a quote
// mark. The checks below are written apart from the quote extractor's own rules, so that the
// test does not grade the code by itself.
var (
	numberWordRe = regexp.MustCompile(`^(약|최소|최대|총)?(\d[\d,.]*|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|수십|수백|수천)(%|％|명|대|개|곳|건|척|마리|조|항|호|위|번|억|만|천|개국|가구)?(\(.*\))?(중|에|의)?$`)
	dateWordRe   = regexp.MustCompile(`^(\d+(년|월|일)|지난해|올해|작년|내년|이날|당시|오늘|어제|현재)$`)
	bareTitles   = strings.Fields("대표 대표이사 사장 부사장 회장 부회장 이사 상무 전무 본부장 실장 팀장 부장 국장 센터장 소장 원장 총장 청장 차관 장관 총리 대통령 의원 위원 위원장 의장 시장 도지사 교수 연구원 박사 변호사 의사 기자 대변인 감독 코치 선수 작가 관계자 전문가 대사 총재 판사 검사 씨 특별대표 당선인 후보")
	pronouns     = strings.Fields("그 그녀 그들 이들 이 이는 저 나 우리")
)

// badSpeaker names why a speaker's name cannot be a source, or "".
func badSpeaker(name string) string {
	n := strings.TrimSpace(name)
	if strings.ContainsAny(n, "\"'“”‘’「」『』") {
		return "holds a quote mark"
	}
	if strings.HasSuffix(n, "..") || strings.HasSuffix(n, "…") {
		return "a headline clause trailing off"
	}
	if strings.Contains(n, "..") || strings.Contains(n, "…") {
		return "parts of a headline joined by an ellipsis"
	}
	for _, w := range strings.Fields(n) {
		if numberWordRe.MatchString(w) {
			return "a number phrase"
		}
		if dateWordRe.MatchString(w) {
			return "a date"
		}
	}
	for _, t := range bareTitles {
		if n == t {
			return "a bare title"
		}
	}
	for _, p := range pronouns {
		if n == p {
			return "a pronoun"
		}
	}
	return ""
}

func TestBadSpeaker(t *testing.T) {
	for _, n := range []string{"민항기 4대", "36명", "65.8%(2,711명)", "16일", "관계자", "그", "\"국내 연구진", "헌법 41조", "기자회견..", "영빈관...", "난동…경찰"} {
		if badSpeaker(n) == "" {
			t.Errorf("%q passes as a source", n)
		}
	}
	for _, n := range []string{"백상엽", "업계 관계자", "한 관계자", "4대강살리기추진본부", "한겨레21", "대한민국 국민", "OSEN"} {
		if why := badSpeaker(n); why != "" {
			t.Errorf("%q rejected as %s", n, why)
		}
	}
}

// TestNoBadSpeakersWikinews analyses the 644 Korean Wikinews articles of ../shared (every genre,
// 2009-2023) and checks that no quote's speaker and no summary speaker is a number phrase, a
// date, a bare title, a pronoun, holds a quote mark or is a headline clause trailing off or parts of
// a headline joined by an ellipsis.
func TestNoBadSpeakersWikinews(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir, err := shareddata.Dir()
	shareddata.SkipIfMissing(t, err)
	arts, err := summeval.LoadArticles(filepath.Join(dir, "data", "news", "wikinews-ko.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	a := testAnalyzer(t)
	bad := 0
	for _, art := range arts {
		res, err := a.Analyze(context.Background(), Document{ID: art.ID, Title: art.Title, Text: art.Text})
		if err != nil {
			t.Fatalf("%s: %v", art.ID, err)
		}
		var names []string
		for _, q := range res.Quotes {
			if q.Speaker != nil {
				names = append(names, q.Speaker.Name)
			}
		}
		for _, s := range res.Summary.Speakers {
			names = append(names, s.Name)
		}
		for _, n := range names {
			if why := badSpeaker(n); why != "" {
				bad++
				t.Errorf("%s: speaker %q is %s", art.ID, n, why)
			}
		}
	}
	t.Logf("%d articles, %d speakers that cannot be sources", len(arts), bad)
	if len(arts) < 600 {
		t.Errorf("only %d Wikinews articles", len(arts))
	}
}
