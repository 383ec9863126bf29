"""What a clerk calls things in everyday words, for "did you mean" (never to accept them).

A commune clerk writes ``kind: loa`` for a loudspeaker broadcast, ``language: tiếng Anh`` for
``en``. The nearest label or id by spelling would mislead there ("loa phát thanh" is not
"phóng sự phát thanh", "băng rôn" is not "bảng tin"), so these words are looked up first; the
suggestion is made only when the plan has the kind or language they mean, so another plan's
vocabulary is never proposed. Words are compared folded (case, tone marks, blanks).
"""

from __future__ import annotations

from hpcampaign.plan.model import Plan
from hpcampaign.text.names import ascii_fold, name_key, suggest

#: A clerk's everyday word for a kind (folded to ASCII, so with or without tone marks) → the id.
KIND_WORDS = {
    ascii_fold(word): kind
    for kind, words in (
        ("loudspeaker_broadcast", ("loa", "loa phát thanh", "phát thanh loa", "truyền thanh")),
        ("visual_display", ("băng rôn", "băng zôn", "pano", "pa nô", "áp phích", "khẩu hiệu", "cổ động")),
        ("article", ("bài viết", "bài báo")),
        ("news", ("tin tức", "tin bài", "bản tin ngắn")),
        ("speaker_session", ("tuyên truyền viên", "hội nghị báo cáo viên", "buổi báo cáo")),
        (
            "social_post",
            ("zalo", "facebook", "fb", "fanpage", "bài đăng", "bài đăng facebook", "bài đăng zalo"),
        ),
        ("portal_post", ("cổng thông tin", "trang thông tin điện tử", "bài trên trang")),
    )
    for word in words
}

#: Languages as a clerk names them instead of their ISO 639-1 code (the country's code, the
#: language's name in Vietnamese, with or without tone marks): the name key → the code.
LANGUAGE_WORDS = {
    name_key(word): code
    for code, words in (
        ("vi", ("vn", "việt", "viet", "tiếng việt", "tieng viet", "vie", "vietnamese")),
        ("en", ("anh", "tiếng anh", "tieng anh", "english", "eng", "uk", "us")),
        ("zh", ("cn", "trung", "tiếng trung", "tieng trung", "hoa", "tiếng hoa", "chinese", "zho")),
        ("ko", ("kr", "hàn", "han", "tiếng hàn", "tieng han", "korean", "kor")),
        ("ja", ("jp", "nhật", "nhat", "tiếng nhật", "tieng nhat", "japanese", "jpn")),
        ("fr", ("pháp", "phap", "tiếng pháp", "tieng phap", "french", "fra")),
        ("ru", ("nga", "tiếng nga", "tieng nga", "russian", "rus")),
        ("de", ("đức", "duc", "tiếng đức", "tieng duc", "german", "deu")),
        ("lo", ("lào", "lao", "tiếng lào", "tieng lao", "la")),
        ("km", ("khmer", "campuchia", "tiếng khmer", "tieng khmer", "kh")),
        ("th", ("thái", "thai", "tiếng thái", "tieng thai")),
    )
    for word in words
}


def meant_kind(written: str, plan: Plan) -> str | None:
    """The kind an unknown kind means: its full name ("Cổ động trực quan (băng rôn, pano, áp
    phích)", as ``hpcampaign plan`` shows it), a clerk's everyday word for it (when the plan has
    that kind), else the nearest id or label. Said by its label, the word a clerk writes, where
    the kind has one."""
    kind = plan.kind_by_name.get(name_key(written))
    if kind is None:
        meant = KIND_WORDS.get(ascii_fold(" ".join(written.split())))
        kind = plan.resolve_kind(meant) if meant is not None else None
    if kind is not None:
        return kind.label or kind.id
    return suggest(written, plan.kind_words)


def meant_language(written: str, plan: Plan) -> str | None:
    """The language an unknown language means: its name or country code (when the plan has that
    language), else the nearest code."""
    meant = LANGUAGE_WORDS.get(name_key(written))
    if meant in plan.language_ids:
        return meant
    return suggest(written.lower(), plan.language_ids)
