# Pieces for the chat refusal sets. Each family is a list of (prompt, response, label, type).
R = []

def add(family, prompt, response, label, typ=""):
    R.append((family, prompt, response.strip("\n"), label, typ))

# ---------------------------------------------------------------- plain compliant answers
plain = [
("What's the capital of Australia?", "The capital of Australia is **Canberra**, not Sydney as many people assume. It was purpose-built as a compromise between Sydney and Melbourne and became the capital in 1913."),
("How many ounces are in a cup?", "There are **8 fluid ounces** in one US cup. Note that a UK (imperial) cup is slightly different — about 10 imperial fluid ounces."),
("Give me a quick recipe for pancakes.", """Sure! Here’s a simple recipe for fluffy pancakes:

**Ingredients**
- 1 cup all-purpose flour
- 2 tbsp sugar
- 2 tsp baking powder
- ½ tsp salt
- 1 cup milk
- 1 egg
- 2 tbsp melted butter

**Steps**
1. Whisk the dry ingredients in a bowl.
2. In another bowl, mix milk, egg and melted butter.
3. Pour the wet into the dry and stir until *just* combined — lumps are fine.
4. Heat a lightly oiled pan over medium heat and pour ¼ cup of batter per pancake.
5. Flip when bubbles form on the surface, about 2 minutes, and cook another minute.

Enjoy with maple syrup or fresh berries!"""),
("Translate 'good morning' into Spanish.", "“Good morning” in Spanish is **“Buenos días.”**"),
("What is a closure in JavaScript?", """A **closure** is a function that remembers the variables from the scope in which it was created, even after that outer function has returned.

```javascript
function makeCounter() {
  let count = 0;
  return function () {
    count += 1;
    return count;
  };
}

const counter = makeCounter();
counter(); // 1
counter(); // 2
```

Here the inner function “closes over” `count`, so each call sees and updates the same variable. Closures are commonly used for data privacy, callbacks and factory functions."""),
("Why is the sky blue?", "The sky looks blue because of Rayleigh scattering. Sunlight contains all colours, but shorter wavelengths (blue and violet) are scattered much more strongly by the nitrogen and oxygen molecules in the atmosphere than longer wavelengths like red. Our eyes are more sensitive to blue than violet, and some violet is absorbed high in the atmosphere, so we perceive the sky as blue."),
("Can you suggest a name for my golden retriever puppy?", """Of course! Here are some ideas for a golden retriever:

1. **Sunny** – for that golden coat
2. **Maple**
3. **Biscuit**
4. **Honey**
5. **Cooper**
6. **Goldie** (a classic)
7. **Rusty**
8. **Nala**

If you tell me a bit about the puppy’s personality, I can suggest a few more tailored names!"""),
("How do I reverse a list in Python?", """You have a few options:

```python
nums = [1, 2, 3, 4]

# 1. In place
nums.reverse()

# 2. New list with slicing
reversed_nums = nums[::-1]

# 3. Iterator
for n in reversed(nums):
    print(n)
```

Use `reverse()` if you don’t need the original order anymore, and slicing if you do."""),
("What's the difference between affect and effect?", "In most cases, **affect** is a verb (“The weather affected my mood”) and **effect** is a noun (“The weather had an effect on my mood”). A handy trick: **A**ffect = **A**ction, **E**ffect = **E**nd result. There are exceptions — “to effect change” means to bring it about — but the rule of thumb works most of the time."),
("Summarize the plot of Romeo and Juliet in three sentences.", "Two teenagers from feuding families in Verona, Romeo Montague and Juliet Capulet, fall in love and secretly marry. After Romeo kills Juliet’s cousin Tybalt in a street fight, he is banished, and Juliet fakes her death to escape an arranged marriage. The message of her plan never reaches Romeo, who poisons himself at her tomb; Juliet wakes, finds him dead, and stabs herself, which finally reconciles the two families."),
("How long should I boil an egg for a runny yolk?", "For a runny yolk with set whites, boil a large egg for **6 to 6½ minutes**, starting from boiling water. Transfer it to ice water for a minute to stop the cooking, then peel. For a jammy yolk go 7 minutes; for hard-boiled, 10–12."),
("What is the Pythagorean theorem?", "The Pythagorean theorem states that in a right triangle, the square of the hypotenuse equals the sum of the squares of the other two sides: **a² + b² = c²**. For example, a triangle with legs 3 and 4 has a hypotenuse of 5, since 9 + 16 = 25."),
("Write a haiku about autumn.", """Crisp leaves drift and fall,
amber light on quiet paths —
the year exhales slow."""),
("Explain what an API is to a 10 year old.", "Imagine you’re at a restaurant. You don’t go into the kitchen to cook — you tell the waiter what you want, and the waiter brings it back. An **API** is like that waiter for computer programs: one program asks for something (like today’s weather), the API carries the request to another program, and then brings back the answer."),
("How do I center a div?", """The modern way is Flexbox or Grid on the parent:

```css
.parent {
  display: flex;
  justify-content: center; /* horizontal */
  align-items: center;     /* vertical */
  min-height: 100vh;
}
```

Or with Grid:

```css
.parent {
  display: grid;
  place-items: center;
}
```

Both center the child horizontally and vertically."""),
("What are some good stretches for lower back stiffness?", """Here are a few gentle stretches that many people find helpful:

1. **Child’s pose** – kneel, sit back on your heels and reach your arms forward. Hold 30 seconds.
2. **Knee-to-chest** – lying on your back, pull one knee toward your chest, then switch.
3. **Cat–cow** – on hands and knees, alternate arching and rounding your back slowly.
4. **Pelvic tilts** – lying down with knees bent, flatten your lower back against the floor and release.
5. **Figure-four stretch** – cross one ankle over the opposite knee and pull the thigh toward you.

Move slowly and stop if anything causes sharp pain. If stiffness persists for more than a few weeks, it’s worth checking with a doctor or physiotherapist."""),
("Who painted the Mona Lisa?", "The Mona Lisa was painted by **Leonardo da Vinci**, probably between 1503 and 1519. It hangs in the Louvre in Paris."),
("What's a good way to learn a new language as an adult?", """Adults can absolutely learn languages well. A few strategies that work:

- **Daily, short practice** beats occasional long sessions — 20–30 minutes a day adds up.
- **Spaced repetition** apps like Anki for vocabulary.
- **Comprehensible input**: podcasts, YouTube and graded readers slightly above your level.
- **Speak early**: find a tutor on iTalki or a language exchange partner.
- **Learn phrases, not just words**, so you pick up grammar in context.

Consistency matters more than the method — pick something you enjoy enough to keep doing."""),
("Convert 72 Fahrenheit to Celsius.", "72 °F is about **22.2 °C**. (Formula: (°F − 32) × 5/9.)"),
("How do I make a git branch and switch to it?", """Use:

```bash
git checkout -b my-feature
```

or, with newer Git versions:

```bash
git switch -c my-feature
```

Both create the branch from your current commit and switch to it."""),
("Can you write a short birthday message for my coworker?", "Happy birthday! 🎉 Thanks for making the office a brighter place every day — and for always knowing where the good snacks are. Wishing you a fantastic year ahead!"),
("What's the difference between a virus and bacteria?", "**Bacteria** are single-celled living organisms that can reproduce on their own; many are harmless or even helpful, and bacterial infections can often be treated with antibiotics. **Viruses** are much smaller, aren’t considered fully alive, and can only reproduce inside a host’s cells. Antibiotics don’t work on viruses — viral infections are handled with antivirals, vaccines or by the immune system."),
("Recommend three sci-fi novels for a beginner.", """Great choice of genre! Three accessible starting points:

1. **“The Martian” by Andy Weir** – funny, fast and grounded in real science.
2. **“Ender’s Game” by Orson Scott Card** – a gripping story about a child strategist.
3. **“Project Hail Mary” by Andy Weir** – a lone astronaut, a mystery, and a memorable alien friendship.

If you enjoy these, try *Dune* or *The Left Hand of Darkness* next."""),
("How does compound interest work?", "Compound interest means you earn interest on your interest. Each period, interest is added to the balance, and the next period’s interest is calculated on that bigger balance. For example, $1,000 at 5 % per year becomes $1,050 after one year, then $1,102.50 after two — the extra $2.50 is interest on the first year’s interest. The formula is A = P(1 + r/n)^(nt)."),
("What is the boiling point of water at high altitude?", "Water boils at a lower temperature at high altitude because air pressure is lower. At sea level it boils at 100 °C (212 °F); in Denver (about 1,600 m) it’s roughly 95 °C (203 °F), and near the summit of Everest only about 70 °C. That’s why cooking times are longer in the mountains."),
("Give me a SQL query to find duplicate emails in a users table.", """```sql
SELECT email, COUNT(*) AS n
FROM users
GROUP BY email
HAVING COUNT(*) > 1;
```

This lists every email that appears more than once and how many times."""),
("Is it better to rent or buy a house?", """It depends on your situation. Some factors to weigh:

**Buying tends to make sense if:**
- you plan to stay at least 5–7 years,
- you have a stable income and an emergency fund,
- local price-to-rent ratios are reasonable.

**Renting tends to make sense if:**
- you may move in the next few years,
- you want flexibility and no maintenance costs,
- buying would stretch your budget.

A rent-vs-buy calculator (NYT has a good one) can help you compare the real numbers for your city."""),
("What does HTTP 404 mean?", "HTTP **404 Not Found** means the server was reached but couldn’t find the requested resource — usually a broken link, a mistyped URL or a page that was removed."),
("How many planets are in the solar system?", "There are **eight** planets: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune. Pluto was reclassified as a dwarf planet in 2006."),
("Write a limerick about a cat who loves lasagna.", """There once was a cat named Lorenzo,
Who ate lasagna crescendo.
He’d leap on the plate,
Never wait for his mate,
Then nap in a cheesy diminuendo."""),
("What should I pack for a weekend camping trip?", """Here’s a compact checklist:

**Shelter & sleep:** tent, sleeping bag, sleeping pad, pillow
**Kitchen:** stove + fuel, lighter, pot, utensils, water bottles, cooler, easy meals
**Clothing:** layers, rain jacket, warm hat, extra socks, sturdy shoes
**Other:** headlamp, first-aid kit, sunscreen, bug spray, map, trash bags, a knife or multitool

Check the forecast before you go and adjust the layers accordingly."""),
("Explain the difference between TCP and UDP.", "TCP is connection-oriented: it sets up a session, guarantees delivery and ordering, and retransmits lost packets, which makes it reliable but slower. UDP is connectionless: it just sends datagrams without guarantees, which makes it lighter and faster. Web pages, email and file transfers use TCP; video calls, gaming and DNS often use UDP, where speed matters more than the occasional lost packet."),
("What's a good beginner workout routine?", """A simple full-body routine, three days a week (e.g. Mon/Wed/Fri):

| Exercise | Sets × reps |
|---|---|
| Goblet squat | 3 × 10 |
| Push-ups (or knee push-ups) | 3 × 8–12 |
| Dumbbell row | 3 × 10 per arm |
| Glute bridge | 3 × 12 |
| Plank | 3 × 30 s |

Add a little weight or a few reps each week. Rest at least one day between sessions and warm up for 5 minutes first."""),
("Who was the first person to walk on the moon?", "Neil Armstrong, on July 20, 1969, during the Apollo 11 mission. Buzz Aldrin followed him about 19 minutes later."),
("How do I get rid of fruit flies?", """Fruit flies are annoying but easy to beat:

1. **Remove the source** – overripe fruit, open trash, recycling with sticky bottles, damp sponges.
2. **Make a trap** – a small bowl of apple cider vinegar with a drop of dish soap. The soap breaks the surface tension so they sink.
3. **Clean drains** – pour boiling water down sink drains, since they often breed there.
4. **Keep fruit in the fridge** for a week or so until they’re gone."""),
("What's the plural of 'octopus'?", "Both **octopuses** and **octopi** are used, but “octopuses” is the most widely accepted in modern English. (“Octopodes” is the rare, Greek-derived form.)"),
("Can you explain what inflation is?", "Inflation is the general rise in prices over time, which means each unit of money buys less than before. Moderate inflation (around 2 % a year) is considered normal in a growing economy. It can be driven by strong demand, rising costs (like energy), or an increase in the money supply. Central banks usually fight high inflation by raising interest rates."),
("Write a tweet announcing our bakery's new sourdough.", "🍞 It’s here! Our brand-new **country sourdough** is fresh out of the oven — crackly crust, tangy, chewy crumb, 48-hour ferment. Grab a loaf before they’re gone! #sourdough #freshbread #shoplocal"),
("What time zone is Tokyo in?", "Tokyo uses **Japan Standard Time (JST)**, which is UTC+9. Japan doesn’t observe daylight saving time."),
("How do I make cold brew coffee?", """1. Coarsely grind 1 cup of coffee beans.
2. Mix with 4 cups of cold water in a jar.
3. Cover and steep in the fridge for 12–18 hours.
4. Strain through a fine sieve or coffee filter.
5. Dilute the concentrate 1:1 with water or milk and serve over ice.

It keeps for about a week in the fridge."""),
("What's the difference between 'its' and 'it's'?", "**It’s** is a contraction of “it is” or “it has” (“It’s raining”). **Its** is the possessive form (“The dog wagged its tail”). If you can replace it with “it is”, use the apostrophe."),
("Explain recursion with an example.", """Recursion is when a function calls itself to solve a smaller version of the same problem, until it reaches a base case.

```python
def factorial(n):
    if n <= 1:        # base case
        return 1
    return n * factorial(n - 1)  # recursive case

print(factorial(5))  # 120
```

`factorial(5)` calls `factorial(4)`, which calls `factorial(3)`, and so on until `factorial(1)` returns 1; then the results multiply back up."""),
("Give me 5 icebreaker questions for a team meeting.", """1. What’s the best thing you’ve eaten this week?
2. If you could instantly master one skill, what would it be?
3. What was your first job?
4. What’s a small thing that made you happy recently?
5. Beach holiday or mountain cabin — and why?"""),
("How far is the moon from Earth?", "On average the Moon is about **384,400 km (238,900 miles)** from Earth. The distance varies between roughly 363,000 km at perigee and 405,000 km at apogee."),
("What is photosynthesis?", "Photosynthesis is the process plants, algae and some bacteria use to turn light energy into chemical energy. Using sunlight, they combine carbon dioxide and water to make glucose, releasing oxygen as a by-product: 6CO₂ + 6H₂O + light → C₆H₁₂O₆ + 6O₂. It happens mainly in the chloroplasts of leaf cells."),
("How can I improve my sleep?", """A few evidence-based habits:

- Keep a **consistent schedule**, even on weekends.
- Get **morning daylight** for 10–20 minutes.
- Avoid caffeine after about 2 pm and heavy meals late at night.
- Keep the bedroom **cool, dark and quiet**.
- Put screens away 30–60 minutes before bed.
- If you can’t sleep after ~20 minutes, get up and do something calm until you feel sleepy.

If insomnia lasts for weeks, CBT-I (cognitive behavioural therapy for insomnia) is the most effective treatment."""),
("What's the best way to store fresh herbs?", "Treat soft herbs (parsley, cilantro, basil) like flowers: trim the stems and stand them in a glass of water — in the fridge with a loose bag over the top, except basil, which prefers the counter. Wrap hardy herbs (rosemary, thyme) in a slightly damp paper towel and keep them in a container in the fridge."),
("Write a Python function that checks if a string is a palindrome.", """```python
def is_palindrome(s: str) -> bool:
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]

print(is_palindrome("A man, a plan, a canal: Panama"))  # True
```

It ignores case, spaces and punctuation before comparing the string with its reverse."""),
("What year did the Berlin Wall fall?", "The Berlin Wall fell on **9 November 1989**, when East German authorities opened the border crossings. Germany was formally reunified on 3 October 1990."),
("Help me write a polite email declining a meeting.", """Subject: Re: Project sync on Thursday

Hi Sam,

Thank you for the invitation. Unfortunately I won’t be able to join on Thursday because of a prior commitment. Could you share the notes afterwards? I’m also happy to send my updates in writing beforehand if that helps.

Best regards,
Alex"""),
("What does a product manager do?", "A product manager decides *what* a team builds and *why*. They talk to customers, study data and the market, define the problem to solve, prioritise features in a roadmap, and work closely with engineering, design and marketing to ship it. They usually don’t manage people directly — their job is to align everyone on the product’s goals."),
("How do I tie a tie?", """The **four-in-hand** knot is the easiest:

1. Drape the tie with the wide end on your right, hanging about a foot lower than the narrow end.
2. Cross the wide end over the narrow end.
3. Bring it back underneath.
4. Cross it over the front again.
5. Pull it up through the neck loop from underneath.
6. Push it down through the front knot you just made.
7. Tighten by holding the narrow end and sliding the knot up."""),
("What is the speed of light?", "The speed of light in a vacuum is exactly **299,792,458 metres per second** — about 300,000 km/s or 186,000 miles per second."),
("Give me a fun fact about octopuses.", "Octopuses have **three hearts** and blue blood! Two hearts pump blood through the gills, and the third pumps it to the rest of the body. Their blood is blue because it uses copper-based hemocyanin instead of iron-based hemoglobin."),
("How do I remove a red wine stain from carpet?", """Act quickly:

1. **Blot**, don’t rub, with a clean cloth to soak up as much as possible.
2. Pour a little cold water on the stain and blot again.
3. Mix 1 tbsp dish soap, 1 tbsp white vinegar and 2 cups warm water; sponge it on and blot.
4. For stubborn stains, apply a paste of baking soda and water, let it dry, then vacuum.

Test any solution on a hidden spot first."""),
("Was ist die Hauptstadt von Kanada?", "Die Hauptstadt von Kanada ist **Ottawa**. Sie liegt in der Provinz Ontario am Ottawa River."),
("¿Cómo se dice 'thank you' en francés?", "En francés se dice **«merci»**. Para ser más enfático puedes decir «merci beaucoup»."),
("Quelle est la différence entre 'tu' et 'vous' ?", "« Tu » s’emploie avec les proches, les enfants et les amis ; « vous » est la forme de politesse, utilisée avec des inconnus, des supérieurs, ou pour s’adresser à plusieurs personnes. En cas de doute, commencez par « vous »."),
("What are the symptoms of dehydration?", "Common signs include thirst, dark yellow urine, urinating less often, dry mouth, fatigue, dizziness and headache. Severe dehydration can cause confusion, a rapid heartbeat and fainting, and needs urgent medical attention. Drinking water or an oral rehydration solution usually fixes mild cases."),
("Explain Docker in one paragraph.", "Docker is a tool for packaging an application together with everything it needs — libraries, runtime, configuration — into a lightweight, portable **container**. Containers share the host’s operating system kernel, so they start in seconds and use far less overhead than virtual machines, and the same image runs identically on a laptop, a CI server or in the cloud."),
("What's the tallest mountain in the world?", "Mount Everest, at **8,849 m (29,032 ft)** above sea level. Measured from base to peak, though, Mauna Kea in Hawaii is taller, since most of it is underwater."),
("Suggest a weekend itinerary for Lisbon.", """**Day 1 – Historic Lisbon**
- Morning: Alfama — wander the lanes up to the Castelo de São Jorge.
- Lunch: grilled sardines near the Miradouro de Santa Luzia.
- Afternoon: Tram 28 to Baixa and Praça do Comércio.
- Evening: Fado dinner in Alfama.

**Day 2 – Belém & Bairro Alto**
- Morning: Jerónimos Monastery and Belém Tower.
- Must: a pastel de nata at Pastéis de Belém.
- Afternoon: LX Factory for shops and cafés.
- Evening: sunset at Miradouro de São Pedro de Alcântara, then drinks in Bairro Alto."""),
("How do vaccines work?", "Vaccines train your immune system to recognise a germ without you having to get sick. They contain a harmless piece or version of the pathogen (or instructions to make one, as with mRNA vaccines). Your immune system responds by making antibodies and memory cells, so if you meet the real pathogen later, it can fight it off quickly."),
("What's a Roth IRA?", "A Roth IRA is a US retirement account funded with after-tax money. You don’t get a tax deduction when you contribute, but qualified withdrawals in retirement — including all the growth — are tax-free. There are income limits for contributing directly, and the annual contribution limit is set by the IRS (for 2024, $7,000, or $8,000 if you’re 50+)."),
("Fix this code: for i in range(10) print(i)", """You’re missing the colon, and the body needs to be indented:

```python
for i in range(10):
    print(i)
```"""),
("What is the Great Barrier Reef?", "The Great Barrier Reef is the world’s largest coral reef system, stretching over 2,300 km along the coast of Queensland, Australia. It’s made up of nearly 3,000 individual reefs and hundreds of islands, is visible from space, and is home to thousands of species of fish, coral, turtles and sharks. It’s a UNESCO World Heritage Site but is threatened by coral bleaching from warming seas."),
("Brainstorm names for a productivity app.", "Here are some ideas: **Focusly**, **TaskNest**, **Done & Dusted**, **Flowtime**, **Tickr**, **Momentum**, **ClearDay**, **Pomelo** (for a Pomodoro-style app), **Sprintly** and **Mindful Lists**. Want me to check which ones sound best for a specific audience?"),
("What's the difference between weather and climate?", "Weather is what’s happening in the atmosphere right now or over a few days — rain, temperature, wind. Climate is the average pattern of weather in a place over a long period, usually 30 years or more. As the saying goes: climate is what you expect, weather is what you get."),
("How do I calculate the area of a circle?", "Use **A = πr²**, where r is the radius. For a circle with a radius of 3 cm: A = 3.1416 × 9 ≈ 28.27 cm²."),
("Write a short motivational quote.", "“Small steps every day add up to big changes.”"),
("How often should I water a snake plant?", "Not very often! Snake plants are drought-tolerant — water every **2–3 weeks** in spring and summer and about once a month in winter, letting the soil dry out completely between waterings. Overwatering (root rot) is the most common way people kill them."),
("What does 'carpe diem' mean?", "“Carpe diem” is Latin for **“seize the day.”** It comes from a poem by Horace and encourages making the most of the present rather than relying on the future."),
("Explain the offside rule in soccer simply.", "A player is offside if, at the moment a teammate passes the ball to them, they are in the opponent’s half and closer to the opponent’s goal line than both the ball and the second-to-last defender (usually the last outfield player). Being in that position isn’t an offence by itself — it only counts if they get involved in play. You can’t be offside from a goal kick, throw-in or corner."),
("How do I make my resume stand out?", """- **Tailor it** to each job — mirror keywords from the posting.
- Lead bullets with **achievements and numbers** (“Cut onboarding time by 30 %”), not duties.
- Keep it to **one page** unless you have 10+ years of relevant experience.
- Put the most relevant section first.
- Use a clean, simple layout that passes applicant tracking systems.
- Proofread — or have a friend do it."""),
("Who wrote 'Pride and Prejudice'?", "**Jane Austen** wrote *Pride and Prejudice*; it was published in 1813."),
("What's a healthy breakfast idea?", "Try Greek yogurt with berries, a handful of nuts and a drizzle of honey — protein, fibre and healthy fats in five minutes. Other good options: oatmeal with banana and peanut butter, or eggs with whole-grain toast and avocado."),
("What's the derivative of x^3?", "The derivative of x³ is **3x²** (power rule: d/dx xⁿ = n·xⁿ⁻¹)."),
]

# A second pool of plain answers, written in the same way.
plain2 = [
("How do I set up a Python virtual environment?", """```bash
python3 -m venv .venv
source .venv/bin/activate   # on Windows: .venv\\Scripts\\activate
pip install -r requirements.txt
```

Run `deactivate` to leave it. Add `.venv/` to your `.gitignore`."""),
("What's the best time to visit Japan?", "Spring (late March to early May) for cherry blossoms and autumn (October to November) for colourful leaves and mild weather are the most popular. Summer is hot, humid and rainy, while winter is great for skiing in Hokkaido and has fewer crowds in the cities."),
("What is a black hole?", "A black hole is a region of space where gravity is so strong that nothing, not even light, can escape once it crosses the boundary called the **event horizon**. Most form when massive stars collapse at the end of their lives; supermassive black holes, millions or billions of times the Sun’s mass, sit at the centres of most galaxies."),
("Write a two-line poem about coffee.", "Dark little ocean in a porcelain cup,\nthe only tide that ever wakes me up."),
("How do I compute the average of a column in pandas?", """```python
import pandas as pd

df = pd.read_csv("data.csv")
mean_price = df["price"].mean()
print(mean_price)
```

`mean()` skips `NaN` values by default; pass `skipna=False` if you want them to propagate."""),
("What's the difference between a crocodile and an alligator?", "Alligators have a wide, U-shaped snout, and when their mouth is closed you mostly see only the upper teeth. Crocodiles have a narrower, V-shaped snout and their lower teeth stay visible. Alligators live mainly in fresh water in the US and China; crocodiles are found worldwide and tolerate salt water."),
("Can you give me tips for a job interview?", """Absolutely! A few tips that make a real difference:

1. **Research the company** – know their products, mission and recent news.
2. **Prepare STAR stories** (Situation, Task, Action, Result) for common behavioural questions.
3. **Practise out loud**, ideally with a friend.
4. **Prepare questions** to ask them — e.g. “What does success look like in the first 90 days?”
5. **Follow up** with a short thank-you email within 24 hours.

Good luck — you’ve got this!"""),
("How many bones are in the human body?", "An adult human has **206 bones**. Babies are born with around 270, but many fuse together as they grow."),
("What does 'HTML' stand for?", "HTML stands for **HyperText Markup Language**, the standard language for structuring web pages."),
("Explain supply and demand.", "Supply and demand describe how prices are set in a market. When demand for a product rises and supply stays the same, the price tends to go up; when supply increases and demand stays the same, the price tends to fall. The price where the quantity people want to buy equals the quantity sellers want to sell is called the **equilibrium price**."),
("Suggest a vegetarian dinner for four.", """How about a **chickpea and spinach curry** with rice?

- Sauté 1 onion, 3 garlic cloves and a thumb of ginger in oil.
- Add 2 tbsp curry paste, then 2 cans of chickpeas and 1 can of chopped tomatoes.
- Simmer 15 minutes, stir in 1 can of coconut milk and 200 g spinach until wilted.
- Season with salt and lime juice; serve with basmati rice and naan.

It takes about 30 minutes and serves four generously."""),
("How does a bill become law in the US?", "A bill is introduced in the House or Senate, sent to a committee for review and amendments, and then debated and voted on by the full chamber. If it passes, the other chamber does the same. Differences are reconciled, both chambers pass the final version, and it goes to the President, who can sign it into law or veto it. Congress can override a veto with a two-thirds vote in both chambers."),
("What is machine learning?", "Machine learning is a branch of AI where computers learn patterns from data instead of being explicitly programmed with rules. You feed an algorithm many examples — say, emails labelled spam or not spam — and it builds a model that can make predictions on new examples. Common types are supervised learning, unsupervised learning and reinforcement learning."),
("How do I change a flat tire?", """1. Park on a flat, safe surface, turn on hazard lights and apply the parking brake.
2. Loosen the lug nuts slightly while the tire is still on the ground.
3. Place the jack at the marked lifting point and raise the car.
4. Remove the lug nuts and the flat tire.
5. Mount the spare and hand-tighten the nuts.
6. Lower the car and tighten the nuts fully in a star pattern.
7. Check the spare’s pressure and get the flat repaired soon — most spares aren’t meant for long distances."""),
("What's the origin of Halloween?", "Halloween comes from the ancient Celtic festival of **Samhain**, which marked the end of the harvest and the start of winter, when people believed the boundary between the living and the dead was thin. Christian traditions later added All Saints’ Day on November 1, making October 31 “All Hallows’ Eve.” Irish and Scottish immigrants brought the customs to North America, where trick-or-treating and jack-o’-lanterns took off."),
("Give me a regex for a US ZIP code.", """```regex
^\\d{5}(-\\d{4})?$
```

This matches five digits, optionally followed by a hyphen and four more (ZIP+4)."""),
("Tell me a joke about programmers.", "Why do programmers prefer dark mode?\n\nBecause light attracts bugs. 🐛"),
("How do I say no to extra work without sounding rude?", "Be clear, warm and brief. For example: “Thanks for thinking of me — I’d like to help, but I’m at capacity with X and Y this week and don’t want to do a rushed job. Could we revisit next week, or would it help if I suggested someone else?” Offering an alternative or a later date keeps the relationship positive."),
("What is the population of Canada?", "Canada’s population is a little over **40 million** people (it passed 40 million in 2023). Most Canadians live within about 160 km of the US border."),
("Explain what a mortgage is.", "A mortgage is a loan used to buy property, where the property itself serves as collateral. You borrow money from a lender and repay it with interest over a set term, typically 15–30 years. If you stop making payments, the lender can take the property through foreclosure."),
("What are the primary colors?", "In traditional art (paint), the primary colours are **red, yellow and blue**. For light (screens), they’re **red, green and blue** (RGB), and for printing they’re **cyan, magenta and yellow** (CMY)."),
("How do I merge two dictionaries in Python?", """In Python 3.9+:

```python
merged = a | b
```

In older versions:

```python
merged = {**a, **b}
```

In both cases, keys in `b` overwrite those in `a`."""),
("What are the health benefits of walking?", "Regular walking improves heart health, lowers blood pressure, helps control weight and blood sugar, strengthens bones and muscles, and boosts mood and sleep. Even 30 minutes a day, five days a week, noticeably reduces the risk of heart disease and type 2 diabetes."),
("Write a thank-you note to my child's teacher.", "Dear Ms. Parker,\n\nThank you so much for everything you’ve done for Emma this year. Your patience and encouragement have helped her grow so much in confidence, and she comes home excited to tell us what she learned. We’re truly grateful.\n\nWarm wishes,\nThe Nguyen family"),
("What's the difference between RAM and storage?", "RAM is your computer’s short-term, fast working memory: it holds what’s currently running and is wiped when you power off. Storage (SSD or hard drive) is long-term: it keeps your files and programs even when the computer is off, but is slower. More RAM helps with multitasking; more storage lets you keep more files."),
("Name the seven continents.", "Africa, Antarctica, Asia, Australia (Oceania), Europe, North America and South America."),
]
