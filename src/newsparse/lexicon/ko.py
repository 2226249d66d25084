"""Korean: Yonhap copy and Korean news-site conventions.

Korean names have no capitals: a Korean byline is a name with the writer's
role after it (``홍길동 기자``), which the role words here tell; the pack also
knows the time lines, markers, credits and furniture around the story.
"""

from newsparse.lexicon import Lexicon

PACK = Lexicon(
    languages=("ko",),
    agencies=(
        "연합뉴스",
        "뉴시스",
        "뉴스1",
        "AFP",
        "Reuters",
        "AP",
        "EPA",
        "로이터",
        "신화",
        "교도",
    ),
    credit_labels=("사진", "사진제공", "자료사진", "그래픽", "영상", "제공"),
    source_words=("출처",),
    role_words=("기자", "특파원", "선임기자", "논설위원", "객원기자"),
    read_more=("관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "함께 볼만한 뉴스", "추천 기사"),
    timestamp_words=(
        "입력",
        "수정",
        "송고시간",
        "기사입력",
        "최종수정",
        "업데이트",
        "승인",
        "등록",
        "발행일",
    ),
    ad_breaks=("광고",),
    boilerplate=(
        "공유하기",
        "기사 공유하기",
        "글자크기 조절",
        "글자 크기",
        "인쇄",
        "프린트",
        "스크랩",
        "페이스북",
        "트위터",
        "카카오톡",
        "카카오스토리",
        "네이버 블로그",
        "URL 복사",
        "댓글",
        "맨위로",
    ),
    boilerplate_heads=("많이 본 뉴스", "많이 본 기사", "인기 기사", "최신 기사", "태그"),
    boilerplate_starts=("기사제보", "구독하기"),
    boilerplate_tails=("무단 전재 및 재배포 금지", "무단전재 및 재배포 금지"),
    reader_words=("여러분",),
    prompt_words=("구독", "뉴스레터"),
    comment_heads=("댓글", "댓글쓰기"),
    caption_notes=("자료사진",),
)
