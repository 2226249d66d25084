"""Japanese: Kyodo and Jiji copy and Japanese news-site conventions.

Japanese names have no capitals: a Japanese byline is a name with the
writer's role after it (``山田太郎記者``), which the role words here tell; the
pack also knows the time lines, markers, credits and furniture around the
story.
"""

from newsparse.lexicon import Lexicon

PACK = Lexicon(
    languages=("ja",),
    agencies=(
        "共同",
        "共同通信",
        "時事",
        "時事通信",
        "AFP",
        "Reuters",
        "AP",
        "EPA",
        "ロイター",
        "新華社",
        "聯合",
    ),
    credit_labels=("写真", "撮影", "提供", "画像", "イラスト"),
    source_words=("出典", "出所"),
    role_words=("記者", "特派員", "編集委員"),
    read_more=("関連記事", "関連ニュース", "あわせて読みたい", "こちらもおすすめ", "おすすめ記事"),
    timestamp_words=("更新", "配信", "公開", "掲載", "最終更新", "投稿日"),
    ad_breaks=("広告",),
    boilerplate=(
        "シェア",
        "ツイート",
        "印刷",
        "ブックマーク",
        "保存",
        "コメント",
        "この記事をシェア",
        "ページの先頭へ",
    ),
    boilerplate_heads=("アクセスランキング", "ランキング", "人気記事", "最新記事", "タグ"),
    boilerplate_starts=("続きを読む", "有料会員"),
    boilerplate_tails=("無断転載を禁じます", "無断転載・複製を禁じます"),
    prompt_words=("会員登録", "ニュースレター", "メルマガ"),
    comment_heads=("コメント",),
    caption_notes=("資料写真", "ファイル写真"),
)
