package htmlarticle

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A page shaped like Naver News: the story in div#dic_area with <br> line breaks and a photo
// caption in em.img_desc, surrounded by navigation, scripts and a list of related articles.
const naverPage = `<!DOCTYPE html>
<html lang="ko"><head>
<meta charset="utf-8">
<meta property="og:title" content="백상엽 &quot;국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다&quot;">
<title>백상엽 "국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다" : 네이버 뉴스</title>
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
</head><body>
<header><nav><a href="/">뉴스 홈</a> <a href="/it">IT/과학</a></nav></header>
<div class="media_end_head"><h2 id="title_area"><span>백상엽 "국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다"</span></h2></div>
<div id="newsct_article">
<article id="dic_area" class="go_trans _article_content">
<span class="end_photo_org"><img src="a.jpg"><em class="img_desc">백상엽 카카오엔터프라이즈 대표가 발표하고 있다. (사진=카카오엔터프라이즈)</em></span><br>
“지금 전 세계는 소리없는 인공지능(AI) 전쟁 중이다. 앞으로는 이런 경쟁에 뒤지지 않도록 최선을 다하겠다.” 백상엽 카카오엔터프라이즈 대표는 8일 의지를 밝혔다.<br><br>
백 대표는 “챗GPT는 5일이 걸렸다”며 챗GPT&nbsp;열풍에 대해 설명했다.<br>
<div style="display:none">숨은 광고 문구</div>
홍길동 기자 hong@example.com
</article>
</div>
<aside><ul><li><a href="/1">관련 기사 하나</a></li><li><a href="/2">관련 기사 둘</a></li></ul></aside>
<footer>Copyright ⓒ 기자신문. 무단 전재 및 재배포 금지.</footer>
</body></html>`

func TestExtractNaverLike(t *testing.T) {
	title, text, err := Extract(naverPage)
	if err != nil {
		t.Fatal(err)
	}
	if want := `백상엽 "국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다"`; title != want {
		t.Errorf("title %q, want %q", title, want)
	}
	want := []string{
		"백상엽 카카오엔터프라이즈 대표가 발표하고 있다. (사진=카카오엔터프라이즈)",
		"“지금 전 세계는 소리없는 인공지능(AI) 전쟁 중이다. 앞으로는 이런 경쟁에 뒤지지 않도록 최선을 다하겠다.” 백상엽 카카오엔터프라이즈 대표는 8일 의지를 밝혔다.",
		"백 대표는 “챗GPT는 5일이 걸렸다”며 챗GPT 열풍에 대해 설명했다.",
		"홍길동 기자 hong@example.com",
	}
	if got := strings.Split(text, "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("text lines:\n%q\nwant:\n%q", got, want)
	}
}

func TestExtractPlainArticle(t *testing.T) {
	page := `<html><head><title>지카바이러스, 남성 생식능력도 저하시킨다 - 과학신문</title></head><body>
<nav>메뉴</nav><main><article><h1>지카바이러스, 남성 생식능력도 저하시킨다</h1>
<p>소두증을 유발한다고 알려진 지카바이러스가 남성의 생식능력도 저하시킬 수 있다는 동물 실험 결과가 나왔다.</p>
<figure><img src="z.png"><figcaption>▲ 지카바이러스에 감염된 쥐의 고환</figcaption></figure>
<p>연구진은 우선   수컷 쥐에게
지카바이러스를 감염시켰다.</p></article></main></body></html>`
	title, text, err := Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	if title != "지카바이러스, 남성 생식능력도 저하시킨다" {
		t.Errorf("title %q (the <h1> comes before <title>)", title)
	}
	want := "소두증을 유발한다고 알려진 지카바이러스가 남성의 생식능력도 저하시킬 수 있다는 동물 실험 결과가 나왔다.\n" +
		"▲ 지카바이러스에 감염된 쥐의 고환\n연구진은 우선 수컷 쥐에게 지카바이러스를 감염시켰다."
	if text != want {
		t.Errorf("text %q\nwant %q", text, want)
	}
}

func TestExtractNoText(t *testing.T) {
	if _, _, err := Extract(`<html><body><script>x()</script><nav>메뉴</nav></body></html>`); err != ErrNoText {
		t.Errorf("error %v, want ErrNoText", err)
	}
}

// FuzzExtract checks that any page gives no panic, and text without empty lines or stray
// whitespace when it succeeds.
func FuzzExtract(f *testing.F) {
	f.Add(naverPage)
	f.Add("<article><p>본문이다.</p></article>")
	f.Add("<div id=dic_area>a<br>b<div>")
	f.Add("<<<>>><title>")
	f.Fuzz(func(t *testing.T, page string) {
		if !utf8.ValidString(page) {
			return
		}
		_, text, err := Extract(page)
		if err != nil {
			return
		}
		for _, line := range strings.Split(text, "\n") {
			if line == "" || strings.TrimSpace(line) != line {
				t.Fatalf("bad line %q in %q", line, text)
			}
		}
	})
}

// A blog-style page with no article markup: the story is one div among menus, a comment
// thread and a list of popular stories, all plain divs. Readability keeps only the story.
const commentsPage = `<!DOCTYPE html><html><head><title>연구진 "AI 반도체 전력 절반으로" - 과학블로그</title></head><body>
<div class="menu"><a href="/">홈</a> <a href="/ai">AI</a> <a href="/bio">바이오</a> <a href="/space">우주</a></div>
<div class="content"><h1>연구진 "AI 반도체 전력 절반으로"</h1>
<div class="post-body">
<p>국내 연구진이 인공지능(AI) 반도체의 전력 소모를 절반으로 줄이는 기술을 개발했다.</p>
<p>김철수 KAIST 교수 연구팀은 메모리와 연산을 한 칩에 묶는 구조를 설계해 기존 대비 전력을 52% 줄였다고 3일 밝혔다.</p>
<p>김 교수는 "데이터센터의 전력 문제를 푸는 실마리가 될 것"이라고 말했다.</p>
</div></div>
<div id="comments" class="comments"><h3>댓글 3개</h3>
<div class="comment">와 대단하네요 ㅋㅋ 이거 언제 상용화 되나요?</div>
<div class="comment">광고 아닌가요... 믿을 수가 없네</div></div>
<div class="popular"><a href="/1">많이 본 기사: 화성 탐사선 발사 연기</a> <a href="/2">많이 본 기사: 양자컴퓨터 상용화</a></div>
</body></html>`

func TestExtractDropsCommentsAndMenus(t *testing.T) {
	title, text, err := Extract(commentsPage)
	if err != nil {
		t.Fatal(err)
	}
	if title != `연구진 "AI 반도체 전력 절반으로"` {
		t.Errorf("title %q", title)
	}
	for _, want := range []string{"전력 소모를 절반으로", "52% 줄였다고 3일 밝혔다.", "실마리가 될 것\"이라고 말했다."} {
		if !strings.Contains(text, want) {
			t.Errorf("story text lacks %q:\n%s", want, text)
		}
	}
	for _, junk := range []string{"댓글", "대단하네요", "광고 아닌가요", "많이 본 기사", "바이오"} {
		if strings.Contains(text, junk) {
			t.Errorf("text keeps %q:\n%s", junk, text)
		}
	}
	if n := strings.Count(text, "\n") + 1; n != 3 {
		t.Errorf("%d lines, want the story's 3 paragraphs:\n%s", n, text)
	}
}
