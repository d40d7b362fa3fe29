/**
 * A realistic Arabic news page around a plain-text article, for timing HTML extraction: the head
 * carries OpenGraph, article:* meta and JSON-LD as real outlets do; the body has a header, a
 * navigation bar, a breaking-news ticker, ad slots, the article (title, byline, time, figure, the
 * paragraphs in <p>, tags, share buttons, "read also"), a "most read" sidebar with other headlines,
 * a comment form and a footer. Every fixed string here was written for this file; the article text
 * and the other headlines come from the caller.
 */

export interface PageArticle {
  title: string;
  /** Paragraphs of the story, in order. */
  paragraphs: string[];
  outlet: string;
  /** Outlet site, e.g. `alriyadh.com`, used for links and the logo. */
  site: string;
  url: string;
  /** ISO date-time, or null when unknown (then no date appears on the page). */
  publishedAt: string | null;
  author: string | null;
  section: string;
}

const NAV = ['الرئيسية', 'محليات', 'اقتصاد', 'رياضة', 'دوليات', 'ثقافة وفنون', 'رأي', 'تقارير', 'منوعات', 'فيديو', 'صور', 'اتصل بنا'];
const FOOTER_LINKS = ['من نحن', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا', 'الأرشيف', 'خريطة الموقع', 'خدمة RSS', 'وظائف'];
const TICKER_PREFIX = 'عاجل';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Inline style sheets on news pages run to kilobytes; a generated one keeps the parse cost honest. */
function styleSheet(): string {
  const rules: string[] = [];
  const blocks = ['header', 'nav', 'ticker', 'article', 'aside', 'footer', 'share', 'tags', 'comments', 'ad', 'most-read', 'related'];
  for (const block of blocks)
    for (const part of ['', '__title', '__item', '__link', '__meta', '--active'])
      rules.push(`.${block}${part}{display:flex;margin:0 auto;padding:8px 12px;font:16px/1.7 "Noto Naskh Arabic",Tahoma,sans-serif;color:#222;direction:rtl}`);
  return rules.join('\n');
}
const STYLE = styleSheet();

const SCRIPT = `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());
(function(){var s=document.createElement('script');s.async=true;s.src='/static/js/ads.js?v=20150721';document.head.appendChild(s);
document.querySelectorAll('.share__link').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();window.open(a.href,'share','width=600,height=400')})})})();`;

function jsonLd(article: PageArticle, description: string): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    articleSection: article.section,
    inLanguage: 'ar',
    image: [`https://${article.site}/uploads/images/lead.jpg`],
    publisher: { '@type': 'Organization', name: article.outlet, logo: { '@type': 'ImageObject', url: `https://${article.site}/static/logo.png` } },
  };
  if (article.publishedAt) {
    data['datePublished'] = article.publishedAt;
    data['dateModified'] = article.publishedAt;
  }
  if (article.author) data['author'] = { '@type': 'Person', name: article.author };
  // `</` must not close the script element early.
  return JSON.stringify(data).replace(/<\//gu, '<\\/');
}

function link(site: string, text: string, slug: string): string {
  return `<a href="https://${site}/${slug}">${escapeHtml(text)}</a>`;
}

/** The full page. `related` are other headlines from the same corpus, shown in sidebars and lists. */
export function articlePage(article: PageArticle, related: readonly string[]): string {
  const e = escapeHtml;
  const description = article.paragraphs.join(' ').slice(0, 160);
  const date = article.publishedAt;
  const readAlso = related.slice(0, 3);
  const mostRead = related.slice(3, 11);
  const ticker = related.slice(11, 14);
  const meta = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(article.title)} | ${e(article.outlet)}</title>`,
    `<meta name="description" content="${e(description)}">`,
    `<link rel="canonical" href="${e(article.url)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${e(article.title)}">`,
    `<meta property="og:description" content="${e(description)}">`,
    `<meta property="og:url" content="${e(article.url)}">`,
    `<meta property="og:site_name" content="${e(article.outlet)}">`,
    `<meta property="og:image" content="https://${article.site}/uploads/images/lead.jpg">`,
    `<meta property="article:section" content="${e(article.section)}">`,
    date ? `<meta property="article:published_time" content="${date}">` : '',
    `<meta name="twitter:card" content="summary_large_image">`,
    `<link rel="stylesheet" href="https://${article.site}/static/css/main.css?v=3">`,
    `<style>${STYLE}</style>`,
    `<script type="application/ld+json">${jsonLd(article, description)}</script>`,
    `<script async src="https://www.googletagmanager.com/gtag/js?id=UA-000000-1"></script>`,
  ].join('\n');
  const nav = NAV.map((name, i) => `<li class="nav__item">${link(article.site, name, `section/${i}`)}</li>`).join('');
  const tickerItems = ticker.map((headline, i) => `<li class="ticker__item">${link(article.site, headline, `breaking/${i}`)}</li>`).join('');
  const paragraphs = article.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n');
  const readAlsoItems = readAlso.map((headline, i) => `<li>${link(article.site, headline, `article/related-${i}`)}</li>`).join('');
  const mostReadItems = mostRead
    .map((headline, i) => `<li class="most-read__item"><span class="most-read__rank">${i + 1}</span>${link(article.site, headline, `article/top-${i}`)}</li>`)
    .join('\n');
  const footer = FOOTER_LINKS.map((name, i) => `<li>${link(article.site, name, `page/${i}`)}</li>`).join('');
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
${meta}
</head>
<body class="page-article">
<div id="cookie-banner" class="cookie">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع. <button>موافق</button></div>
<header class="header">
<a class="header__logo" href="https://${article.site}/"><img src="https://${article.site}/static/logo.png" alt="${e(article.outlet)}"></a>
<form class="header__search" action="/search"><input type="search" name="q" placeholder="ابحث في الموقع"><button>بحث</button></form>
<div class="header__meta">تابعونا على الشبكات الاجتماعية</div>
</header>
<nav class="nav"><ul>${nav}</ul></nav>
<div class="ticker"><span class="ticker__title">${TICKER_PREFIX}</span><ul>${tickerItems}</ul></div>
<div class="ad ad--leaderboard" data-slot="top"><span>إعلان</span></div>
<main class="layout">
<article class="article">
<div class="breadcrumb">${link(article.site, 'الرئيسية', '')} › ${link(article.site, article.section, 'section/news')}</div>
<h1 class="article__title">${e(article.title)}</h1>
<div class="article__meta">${article.author ? `<span class="article__author">${e(article.author)}</span>` : ''}${
    date ? `<time class="article__time" datetime="${date}">${date.slice(0, 10)}</time>` : ''
  }</div>
<figure class="article__figure"><img src="https://${article.site}/uploads/images/lead.jpg" alt=""><figcaption>صورة أرشيفية</figcaption></figure>
<div class="share"><a class="share__link" href="https://twitter.com/intent/tweet?url=${encodeURIComponent(article.url)}">تويتر</a><a class="share__link" href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(article.url)}">فيسبوك</a><a class="share__link" href="whatsapp://send?text=${encodeURIComponent(article.url)}">واتساب</a></div>
<div class="article__body">
${paragraphs}
</div>
<div class="tags"><span class="tags__title">الكلمات المفتاحية:</span>${link(article.site, article.section, 'tag/1')}${link(article.site, article.outlet, 'tag/2')}</div>
<div class="related"><h3 class="related__title">اقرأ أيضا</h3><ul>${readAlsoItems}</ul></div>
<section class="comments"><h3>التعليقات</h3><p class="comments__empty">لا توجد تعليقات بعد، كن أول من يعلق.</p>
<form class="comments__form"><textarea name="comment" placeholder="أضف تعليقك"></textarea><input name="name" placeholder="الاسم"><button>إرسال</button></form></section>
</article>
<aside class="aside">
<div class="ad ad--box" data-slot="side"><span>إعلان</span></div>
<section class="most-read"><h3 class="most-read__title">الأكثر قراءة</h3><ol>
${mostReadItems}
</ol></section>
<section class="newsletter"><h3>النشرة البريدية</h3><p>اشترك ليصلك ملخص أهم الأخبار كل صباح.</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></section>
</aside>
</main>
<footer class="footer"><ul>${footer}</ul><p class="footer__copy">جميع الحقوق محفوظة © ${e(article.outlet)} 2015</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
